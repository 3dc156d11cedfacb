import { z } from 'zod';
import { DEPARTMENTS, type JourneyMap, KINDS, MAX_TEXT_LENGTH } from '../journey/model.ts';
import { FIRST_STEP, STEP_IDS } from './script.ts';

export const SESSION_STATUSES = ['invited', 'department', 'answering', 'paused', 'review', 'done'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const STAGE_STATUSES = ['pending', 'answered', 'skipped'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

const id = z.string().min(1).max(64);
const isoDate = z.iso.datetime();

/** A live contribution this person made in the interview: enough to retract it and to prefill a change. */
const givenAnswerSchema = z.object({
  id,
  kind: z.enum(KINDS),
  text: z.string().max(MAX_TEXT_LENGTH),
  score: z.number().int().min(1).max(5).optional(),
});
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

const stageRecordSchema = z.object({
  stageId: id,
  status: z.enum(STAGE_STATUSES),
  answers: z.array(givenAnswerSchema),
});
export type StageRecord = z.infer<typeof stageRecordSchema>;

/**
 * Requests remembered per session. A replay comes within seconds of its crash, and one person cannot send many
 * requests in between, so a few are plenty.
 */
const APPLIED_REQUESTS_KEPT = 16;

/** One stakeholder's interview on one map, stored as JSON so a restart resumes where it stopped. */
export const interviewSessionSchema = z
  .object({
    mapId: id,
    teamId: id,
    userId: id,
    department: z.enum(DEPARTMENTS).optional(),
    status: z.enum(SESSION_STATUSES),
    /** The stage being asked (or last asked, once every stage is answered or skipped). */
    stageIndex: z.number().int().min(0),
    /** The question being asked within that stage, for answers by chat reply. */
    step: z.enum(STEP_IDS),
    stages: z.array(stageRecordSchema).min(1),
    invitedAt: isoDate,
    startedAt: isoDate.optional(),
    /** Last change made by the person; reminders count from here. */
    updatedAt: isoDate,
    pausedAt: isoDate.optional(),
    finishedAt: isoDate.optional(),
    lastNudgedAt: isoDate.optional(),
    /** Reminders sent since the person last did something. */
    nudgeCount: z.number().int().min(0).default(0),
    /** The last requests applied to this session, by id: one run again after a crash is not applied twice. */
    appliedRequests: z.array(z.string()).max(APPLIED_REQUESTS_KEPT).default([]),
  })
  .refine((session) => session.stageIndex < session.stages.length, {
    message: 'stageIndex is past the last stage',
    path: ['stageIndex'],
  });
export type InterviewSession = z.infer<typeof interviewSessionSchema>;

export function createSession(map: JourneyMap, userId: string, now: string): InterviewSession {
  return {
    mapId: map.id,
    teamId: map.teamId,
    userId,
    status: 'invited',
    stageIndex: 0,
    step: FIRST_STEP,
    stages: map.stages.map((stage) => ({ stageId: stage.id, status: 'pending', answers: [] })),
    invitedAt: now,
    updatedAt: now,
    nudgeCount: 0,
    appliedRequests: [],
  };
}

/** The greatest id among the answers the session holds: new contributions of a later step sort after it. */
export function lastAnswerId(session: InterviewSession): string | undefined {
  let last: string | undefined;
  for (const stage of session.stages) {
    for (const answer of stage.answers) if (last === undefined || answer.id > last) last = answer.id;
  }
  return last;
}

/** Whether the request `requestId` was applied to this session already (its stored state includes it). */
export function hasApplied(session: InterviewSession, requestId: string): boolean {
  return session.appliedRequests.includes(requestId);
}

/** The session, remembering that `requestId` is applied to it. */
export function withAppliedRequest(session: InterviewSession, requestId: string): InterviewSession {
  const kept = session.appliedRequests.filter((id) => id !== requestId).slice(-(APPLIED_REQUESTS_KEPT - 1));
  return { ...session, appliedRequests: [...kept, requestId] };
}

/**
 * The status that follows from what is known: the department first, then the current stage if it
 * is still open, else the next open stage, else the review. A finished interview stays finished.
 */
export function settle(session: InterviewSession): InterviewSession {
  if (session.status === 'done') return session;
  if (!session.department) return { ...session, status: 'department' };
  if (session.stages[session.stageIndex]?.status === 'pending') return { ...session, status: 'answering' };
  const next = nextPendingStage(session);
  if (next === undefined) return { ...session, status: 'review' };
  return { ...session, status: 'answering', stageIndex: next, step: FIRST_STEP };
}

/** The first open stage after the current one, wrapping round to the start. */
function nextPendingStage(session: InterviewSession): number | undefined {
  const count = session.stages.length;
  for (let offset = 1; offset <= count; offset += 1) {
    const index = (session.stageIndex + offset) % count;
    if (session.stages[index]?.status === 'pending') return index;
  }
  return undefined;
}

export function stageName(map: JourneyMap, stageId: string): string {
  return map.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
}

/** Interviews that wait for the person; a review already has every answer stored, so it counts as given. */
const WAITING: ReadonlySet<SessionStatus> = new Set(['invited', 'department', 'answering', 'paused']);

export function isUnfinished(session: InterviewSession): boolean {
  return WAITING.has(session.status);
}
