import { isAway } from '../../digest/nudge.ts';
import type { InterviewSession } from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';

/**
 * What every DM nudge shares, whether it comes with the digest or as an interview reminder: one record of when
 * the person was last nudged about a map (so they get at most one a week from both together), and their status.
 */
export async function lastNudgedAt(
  deps: Deps,
  map: JourneyMap,
  userId: string,
  session?: InterviewSession,
): Promise<string | null> {
  return latest(await deps.store.nudgeMarks.getLastAt(map.teamId, map.id, userId), session?.lastNudgedAt);
}

export async function recordNudge(deps: Deps, map: JourneyMap, userId: string, at: Date): Promise<void> {
  await deps.store.nudgeMarks.record(map.teamId, map.id, userId, at);
}

export async function statusSaysAway(client: SlackClient, userId: string, now: Date): Promise<boolean> {
  const { user } = await client.users.info({ user: userId });
  return isAway(user?.profile ?? {}, now);
}

function latest(...dates: Array<string | undefined>): string | null {
  const known = dates.filter((date): date is string => date !== undefined);
  return known.length === 0 ? null : known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
