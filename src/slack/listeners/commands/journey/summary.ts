import type { JourneyMap } from '../../../../journey/model.ts';
import type { Deps, SlackClient } from '../../../deps.ts';
import { slackErrorCode } from '../../../flows/slack-call.ts';
import { postRequestedSummary } from '../../../flows/summaries.ts';
import { resolveSummaryTarget } from '../../../flows/summary-target.ts';
import { SUMMARY_REPLIES, summaryPostedNotice, summaryWorkingNotice } from '../../../views/summary.ts';
import { askerOf, type Subcommand, takeRender } from './subcommand.ts';

/** Slack's answers when the bot may not post where the map lives. */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * `/journey summary [map] [stage]`: says at once what is coming, then summarises (a model may take
 * seconds) and posts in the map's thread, and finally tells the person where to find it.
 */
export const summary: Subcommand = async (context) => {
  const { deps, client, rest, ack, respond } = context;
  const target = await resolveSummaryTarget(deps, client, askerOf(context), rest);
  if ('error' in target) {
    await ack({ response_type: 'ephemeral', text: target.error });
    return;
  }
  const { map, stages } = target;
  if (map.archivedAt) {
    await ack({ response_type: 'ephemeral', text: SUMMARY_REPLIES.archived(map) });
    return;
  }
  if (!(await takeRender(context))) return;
  await ack({ response_type: 'ephemeral', text: summaryWorkingNotice(map, stages) });
  await deps.followUps.run(async () => {
    try {
      const posted = await postRequestedSummary(deps, client, map, stages);
      const link = posted.ts ? await permalink(deps, client, map, posted.ts) : undefined;
      await respond({ response_type: 'ephemeral', text: summaryPostedNotice(map, link) });
    } catch (err) {
      const code = slackErrorCode(err);
      if (code === undefined || !CANNOT_POST.has(code)) throw err;
      deps.log.info({ mapId: map.id, code }, 'summary not posted: no access to the channel');
      await respond({ response_type: 'ephemeral', text: SUMMARY_REPLIES.cannotPost(map) });
    }
  });
};

async function permalink(deps: Deps, client: SlackClient, map: JourneyMap, ts: string): Promise<string | undefined> {
  try {
    return (await client.chat.getPermalink({ channel: map.channelId, message_ts: ts })).permalink;
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'summary permalink failed');
    return undefined;
  }
}
