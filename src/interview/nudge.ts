import { type InterviewSession, isUnfinished } from './session.ts';

const HOUR_MS = 3_600_000;

/** "I'll remind you": a day after the person last did something, once more three days later, then quiet. */
export const NUDGE_POLICY = { firstAfterMs: 24 * HOUR_MS, thenAfterMs: 72 * HOUR_MS, max: 2 } as const;
export type NudgePolicy = { firstAfterMs: number; thenAfterMs: number; max: number };

export function isNudgeDue(session: InterviewSession, now: string, policy: NudgePolicy = NUDGE_POLICY): boolean {
  if (!isUnfinished(session) || session.nudgeCount >= policy.max) return false;
  const since = session.nudgeCount > 0 && session.lastNudgedAt ? session.lastNudgedAt : session.updatedAt;
  const wait = session.nudgeCount > 0 ? policy.thenAfterMs : policy.firstAfterMs;
  return Date.parse(now) - Date.parse(since) >= wait;
}

export function markNudged(session: InterviewSession, now: string): InterviewSession {
  return { ...session, lastNudgedAt: now, nudgeCount: session.nudgeCount + 1 };
}
