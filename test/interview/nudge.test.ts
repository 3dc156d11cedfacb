import { describe, expect, it } from 'vitest';
import {
  createSession,
  type InterviewSession,
  isNudgeDue,
  markNudged,
  type SessionStatus,
} from '../../src/interview/index.ts';
import { MAP } from './fixtures.ts';

const T0 = Date.parse('2026-11-24T10:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

function sessionWith(status: SessionStatus, nudges: number[] = []): InterviewSession {
  let session: InterviewSession = { ...createSession(MAP, 'U1', at(0)), status };
  for (const hours of nudges) session = markNudged(session, at(hours));
  return session;
}

describe('isNudgeDue', () => {
  it.each<[string, SessionStatus, number[], number, boolean]>([
    ['invited, a day later', 'invited', [], 24, true],
    ['invited, not yet a day', 'invited', [], 23.9, false],
    ['paused, a day later', 'paused', [], 24, true],
    ['answering, two days later', 'answering', [], 48, true],
    ['department, a day later', 'department', [], 24, true],
    ['in review', 'review', [], 500, false],
    ['done', 'done', [], 500, false],
    ['nudged once, two days after', 'paused', [24], 71.9, false],
    ['nudged once, three days after', 'paused', [24], 96, true],
    ['nudged twice', 'paused', [24, 96], 1000, false],
  ])('%s -> %s', (_, status, nudges, hours, due) => {
    expect(isNudgeDue(sessionWith(status, nudges), at(hours))).toBe(due);
  });

  it('counts nudges on the session', () => {
    const session = sessionWith('paused', [24, 96]);
    expect(session).toMatchObject({ nudgeCount: 2, lastNudgedAt: at(96), updatedAt: at(0) });
  });
});
