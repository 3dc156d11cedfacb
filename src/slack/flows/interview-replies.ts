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
  text: string;
}

const NO_INTERVIEW =
  `You have no interview in progress. Press *Start* in an invitation, *Answer for my team* on a map card, ` +
  `or type \`${COMMAND} interview <map>\`.`;

/** A person's plain DM reply answers the question their interview asked last. */
export async function handleDirectMessage(deps: Deps, client: SlackClient, dm: DirectMessage): Promise<void> {
  const mapId = await deps.store.markers.get(activeInterviewKey(dm.teamId, dm.userId));
  const map = mapId ? await deps.store.maps.get(dm.teamId, mapId) : undefined;
  if (!map) {
    await client.chat.postMessage({ channel: dm.channel, text: NO_INTERVIEW, ...POST_DEFAULTS });
    return;
  }
  const text = plainTextOfSlackMessage(dm.text);
  await runInterviewStep(deps, client, map, dm.userId, (session, ctx) => answerStep(session, text, ctx));
}
