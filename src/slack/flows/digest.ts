import { composeDigest, TOP_IMPROVEMENTS } from '../../digest/compose.ts';
import type { DigestSlot } from '../../digest/schedule.ts';
import { topImprovements } from '../../insights/summary.ts';
import { type InterviewSession, isUnfinished } from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { type LastDigest, UnreadableRecordError } from '../../store/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { digestMessage, type MapDigest } from '../views/digest.ts';
import { loadJourney } from './journey-view.ts';
import { cardPermalink } from './map-card.ts';
import { POST_DEFAULTS } from './slack-call.ts';

/** Interviews that still wait for the person (a review has every answer stored already). */

export interface BuiltDigest {
  digest: MapDigest;
  threadLink?: string;
  /** Each stakeholder's interview, when they have one. */
  sessions: ReadonlyMap<string, InterviewSession>;
}

export async function lastDigest(deps: Deps, map: JourneyMap): Promise<LastDigest | undefined> {
  try {
    return await deps.store.digestMarks.getLast(map.teamId, map.id);
  } catch (err) {
    if (!(err instanceof UnreadableRecordError)) throw err;
    // Unreadable means "never posted": the slot's claim still stops a second post of the same week.
    deps.log.warn({ mapId: map.id }, 'unreadable last-digest marker ignored');
    return undefined;
  }
}

export async function recordDigest(deps: Deps, map: JourneyMap, last: LastDigest): Promise<void> {
  await deps.store.digestMarks.record(map.teamId, map.id, last);
}

/** The digest as of now, since the last one posted; reads only, so a preview changes nothing. */
export async function buildDigest(deps: Deps, client: SlackClient, map: JourneyMap): Promise<BuiltDigest> {
  const [{ contributions, view }, last, threadLink, sessions] = await Promise.all([
    loadJourney(deps, map),
    lastDigest(deps, map),
    cardPermalink(deps, client, map),
    stakeholderSessions(deps, map),
  ]);
  const digest = composeDigest({
    map,
    view,
    contributions,
    lastDigestAt: last?.at ?? null,
    improvements: topImprovements(map, view, deps.playbook, TOP_IMPROVEMENTS),
    now: deps.now(),
    unfinishedStakeholderIds: [...sessions.values()].filter(isUnfinished).map((session) => session.userId),
  });
  return { digest, threadLink, sessions };
}

/** True when the person has not finished: no interview yet, or one that still waits for them. */
export function interviewUnfinished(session: InterviewSession | undefined): boolean {
  return session === undefined || isUnfinished(session);
}

/** Posts the slot's digest in the map's channel and records it; the caller holds the slot's claim. */
export async function postDigest(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  slot: DigestSlot,
): Promise<BuiltDigest> {
  const built = await buildDigest(deps, client, map);
  await client.chat.postMessage({ channel: map.channelId, ...digestMessage({ map, ...built }), ...POST_DEFAULTS });
  await recordDigest(deps, map, { slotKey: slot.key, at: built.digest.at });
  const { changes, quiet } = built.digest;
  deps.log.info({ mapId: map.id, slot: slot.key, quiet, added: changes.addedCount }, 'digest posted');
  return built;
}

async function stakeholderSessions(deps: Deps, map: JourneyMap): Promise<Map<string, InterviewSession>> {
  const sessions = await Promise.all(
    map.stakeholderIds.map((userId) => deps.store.sessions.get(map.teamId, map.id, userId)),
  );
  return new Map(sessions.flatMap((session) => (session ? [[session.userId, session] as const] : [])));
}
