import { answerStep } from '../../interview/index.ts';
import { plainTextOfSlackMessage } from '../../journey/reply.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { COMMAND } from '../ids.ts';
import { activeInterviewKey, runInterviewStep } from './interview.ts';
import { POST_DEFAULTS } from './slack-call.ts';

export interface DirectMessage {
  teamId: string;
  userId: string;
  channel: string;
  /** The message's ts: with the channel, what makes one message one answer however often it arrives. */
  ts: string;
  text: string;
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

const NO_INTERVIEW =
  `You have no interview in progress. Press *Start* in an invitation, *Answer for my team* on a map card, ` +
  `or type \`${COMMAND} interview [map]\`.`;

/** A person's plain DM reply answers the question their interview asked last. */
export async function handleDirectMessage(deps: Deps, client: SlackClient, dm: DirectMessage): Promise<void> {
  // Slack may deliver one message under two event ids; the event_id claim cannot see that, the ts can.
  if (!(await deps.store.markers.claim(`dm:${dm.teamId}:${dm.channel}:${dm.ts}`, ONE_DAY_MS))) return;
  const mapId = await deps.store.markers.get(activeInterviewKey(dm.teamId, dm.userId));
  const map = mapId ? await deps.store.maps.get(dm.teamId, mapId) : undefined;
  if (!map) {
    await client.chat.postMessage({ channel: dm.channel, text: NO_INTERVIEW, ...POST_DEFAULTS });
    return;
  }
  const text = plainTextOfSlackMessage(dm.text);
  await runInterviewStep(deps, client, map, dm.userId, (session, ctx) => answerStep(session, text, ctx));
}
