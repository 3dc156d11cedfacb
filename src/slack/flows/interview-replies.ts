import { answerStep } from '../../interview/index.ts';
import { plainTextOfSlackMessage } from '../../threads/parse.ts';
import { claimUnlessReplay } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { archivedMapNotice } from './archived-map.ts';
import { runInterviewStep } from './interview.ts';
import { mayView } from './map-access.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { languageTyped, personTranslator } from './users.ts';

export interface DirectMessage {
  teamId: string;
  userId: string;
  channel: string;
  /** The message's ts: with the channel, what makes one message one answer however often it arrives. */
  ts: string;
  text: string;
}

/**
 * A person's plain DM reply answers the question their interview asked last, if they may still see its map: one
 * who left a private channel since gets the answer of someone with no interview, which names no map.
 */
export async function handleDirectMessage(deps: Deps, client: SlackClient, dm: DirectMessage): Promise<void> {
  // Slack may deliver one message under two event ids; the event_id claim cannot see that, the ts can.
  const ref = { teamId: dm.teamId, channelId: dm.channel, ts: dm.ts };
  if (!(await claimUnlessReplay(() => deps.store.deliveryClaims.claimDirectMessage(ref)))) return;
  const map = await interviewedMap(deps, client, dm);
  const text = plainTextOfSlackMessage(dm.text);
  if (!map) {
    const t = await personTranslator(deps, client, dm, text);
    const answerButton = t.t('card.card.answerForTeam');
    await client.chat.postMessage({
      channel: dm.channel,
      text: t.t('interview.noInterview', { answerButton }),
      ...POST_DEFAULTS,
    });
    return;
  }
  // Kept for what is about no one map (help, App Home); the interview itself speaks the map's language.
  await languageTyped(deps, dm, text);
  if (map.archivedAt) {
    await client.chat.postMessage({
      channel: dm.channel,
      text: await archivedMapNotice(deps, client, map, dm.userId),
      ...POST_DEFAULTS,
    });
    return;
  }
  await runInterviewStep(deps, client, map, dm.userId, (session, ctx) => answerStep(session, text, ctx));
}

/** The map of the person's last interview, unless there is none or they may no longer see it. */
async function interviewedMap(deps: Deps, client: SlackClient, dm: DirectMessage) {
  const mapId = await deps.store.activeInterviews.get(dm.teamId, dm.userId);
  const map = mapId ? await deps.store.maps.get(dm.teamId, mapId) : undefined;
  return map && (await mayView(deps, client, map, dm.userId)) ? map : undefined;
}
