import { z } from 'zod';
import { languageOfText, mapTranslator, type Translator, translator } from '../../../i18n/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import { isStatusRequest, withoutMention } from '../../../threads/mentions.ts';
import type { Deps, SlackClient } from '../../deps.ts';
import { loadJourney } from '../../flows/journey-view.ts';
import { POST_DEFAULTS } from '../../flows/slack-call.ts';
import { mapStatus, noMapInChannel } from '../../views/thread-map-status.ts';
import { ignored, type MentionArgs } from './event-args.ts';

const mentionSchema = z.object({
  channel: z.string().min(1),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});

/**
 * "@Journey Bot" in a channel: the status of the channel's map and how to add to it, or how to start one.
 * Answered in a thread under the mention, so the channel stays quiet.
 */
export function appMentioned(deps: Deps) {
  return async ({ event, body, context, client }: MentionArgs): Promise<void> => {
    const parsed = mentionSchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'unreadable mention');
    const mention = parsed.data;
    const fields = { channelId: mention.channel, ts: mention.ts };
    if (!mention.user || mention.bot_id) return ignored(deps, fields, 'from a bot');
    const answer = (content: { text: string }) =>
      client.chat.postMessage({
        channel: mention.channel,
        thread_ts: mention.thread_ts ?? mention.ts,
        ...content,
        ...POST_DEFAULTS,
      });
    // Without a map to take the language from, the words of the mention tell it (English when they cannot).
    let t: Translator = translator(languageOfText(withoutMention(mention.text, context.botUserId)));
    try {
      const map = await deps.store.maps.findByChannel(teamId, mention.channel);
      const inMapThread = map?.cardTs !== undefined && mention.thread_ts === map.cardTs;
      if (inMapThread && !isStatusRequest(mention.text, context.botUserId)) {
        return ignored(deps, fields, 'input in the map thread');
      }
      if (!map) {
        await answer(noMapInChannel(t));
        return;
      }
      t = mapTranslator(map);
      const { view } = await loadJourney(deps, map);
      await answer(mapStatus(map, view, await cardLink(deps, client, map)));
      deps.log.info({ ...fields, mapId: map.id }, 'map status posted');
    } catch (err) {
      deps.log.error({ err, ...fields }, 'mention answer failed');
      await answer({ text: t.t('common.errors.unexpected') }).catch(() => undefined);
    }
  };
}

async function cardLink(deps: Deps, client: SlackClient, map: JourneyMap): Promise<string | undefined> {
  if (!map.cardTs) return undefined;
  try {
    return (await client.chat.getPermalink({ channel: map.channelId, message_ts: map.cardTs })).permalink;
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'card permalink lookup failed');
    return undefined;
  }
}
