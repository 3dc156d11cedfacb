import { mapTranslator } from '../i18n/index.ts';
import type { Contribution, Department, JourneyMap } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import { departmentReplyHelp, isSkipReply, itemsFromAnswers, itemsFromReply, parseDepartment } from './answers.ts';
import { currentPrompt, type Prompt, reviewPrompt, stagePosition } from './prompt.ts';
import type { AnswerItem, Answers } from './readers.ts';
import { FINISH_WORDS } from './reply-words.ts';
import { isSkippable, STEP_IDS } from './script.ts';
import { type GivenAnswer, type InterviewSession, type StageRecord, settle } from './session.ts';

export interface InterviewContext {
  /** ISO timestamp of this moment: stamped on the session and on every new contribution. */
  now: string;
  newId: () => string;
  map: JourneyMap;
  /** The department the person gave before, on any map; `start` adopts it so it is asked only once. */
  department?: Department;
}

/** A transition's outcome: store `session`, append `append` to the map, show `prompt`. */
export interface Transition {
  session: InterviewSession;
  /** New contributions, retractions included, in the order they were made. */
  append: Contribution[];
  prompt: Prompt;
}

/** At the review, typing one of these ("done", "τέλος", "完成") finishes, as the Finish button does. */
const FINISH_REPLIES: ReadonlySet<string> = new Set(FINISH_WORDS.map(normaliseText));

/** Begins the interview, or carries on from wherever it stopped (a pause, a restart, an old button). */
export function start(session: InterviewSession, ctx: InterviewContext): Transition {
  if (session.status === 'done') return stay(session, ctx);
  const next = settle(active({ ...session, department: session.department ?? ctx.department }, ctx.now));
  return { session: next, append: [], prompt: currentPrompt(next, ctx.map) };
}

export function setDepartment(session: InterviewSession, department: Department, ctx: InterviewContext): Transition {
  if (session.status === 'done') return stay(session, ctx);
  const next = settle(active({ ...session, department }, ctx.now));
  return { session: next, append: [], prompt: currentPrompt(next, ctx.map) };
}

/**
 * A chat reply: the answer to the question asked last. Each answer becomes contributions at once,
 * then the next question is asked. A reply while paused, in review or done changes nothing and
 * shows where the interview stands.
 */
export function answerStep(session: InterviewSession, text: string, ctx: InterviewContext): Transition {
  switch (session.status) {
    case 'invited':
      return start(session, ctx);
    case 'department': {
      const department = parseDepartment(text);
      if (department) return setDepartment(session, department, ctx);
      return invalid(session, departmentReplyHelp(mapTranslator(ctx.map)));
    }
    case 'answering':
      return answerCurrentStep(session, text, ctx);
    case 'review':
      return FINISH_REPLIES.has(normaliseText(text)) ? finish(session, ctx) : stay(session, ctx);
    default:
      return stay(session, ctx);
  }
}

/**
 * All answers of one stage from the stage form. Answers the stage already had and no longer has
 * are retracted, new ones are added, unchanged ones stay as they were: a second submission (a
 * double click, an old form, a change from the review) never counts anything twice.
 */
export function submitStage(
  session: InterviewSession,
  stageIndex: number,
  answers: Answers,
  ctx: InterviewContext,
): Transition {
  const record = session.stages[stageIndex];
  const t = mapTranslator(ctx.map);
  if (!record) return invalid(session, t.t('interview.invalid.unknownStage'));
  const parsed = itemsFromAnswers(answers, t);
  if (!parsed.ok) {
    return { session, append: [], prompt: { kind: 'invalid', reason: parsed.reason, fieldErrors: parsed.fieldErrors } };
  }
  const { kept, removed } = matchAnswers(record.answers, parsed.items);
  const retractions = retractionsOf(session, record.stageId, removed, ctx);
  const added = contributionsOf(
    session,
    record.stageId,
    parsed.items.filter((_, index) => !kept[index]),
    ctx,
  );
  const fresh = added.map(givenAnswer);
  const stageAnswers = kept.map((answer) => answer ?? fresh.shift()!);
  const isChange = session.status === 'review' || session.status === 'done';
  const next = settle(
    withStage(active(session, ctx.now), stageIndex, { ...record, status: 'answered', answers: stageAnswers }),
  );
  const prompt: Prompt = isChange ? reviewPrompt(next, ctx.map) : stageDone(next, stageIndex, ctx.map);
  return { session: next, append: [...retractions, ...added], prompt };
}

/** Skips the stage being asked; a click on an old button for another stage changes nothing. */
export function skipStage(session: InterviewSession, stageIndex: number, ctx: InterviewContext): Transition {
  if (session.status !== 'answering' || stageIndex !== session.stageIndex) return stay(session, ctx);
  return closeStage(active(session, ctx.now), [], ctx);
}

export function pause(session: InterviewSession, ctx: InterviewContext): Transition {
  if (session.status === 'done' || session.status === 'paused') return stay(session, ctx);
  const next: InterviewSession = { ...touch(session, ctx.now), status: 'paused', pausedAt: ctx.now };
  return { session: next, append: [], prompt: currentPrompt(next, ctx.map) };
}

/** Ends the interview; stages nobody answered stay open on the map's progress. */
export function finish(session: InterviewSession, ctx: InterviewContext): Transition {
  if (session.status === 'done') return stay(session, ctx);
  const next: InterviewSession = { ...touch(session, ctx.now), status: 'done', finishedAt: ctx.now };
  return { session: next, append: [], prompt: currentPrompt(next, ctx.map) };
}

function answerCurrentStep(session: InterviewSession, text: string, ctx: InterviewContext): Transition {
  const t = mapTranslator(ctx.map);
  if (isSkipReply(text)) {
    return isSkippable(session.step)
      ? nextStep(session, [], ctx)
      : invalid(session, t.t('interview.invalid.cannotSkip'));
  }
  const parsed = itemsFromReply(session.step, text, t);
  return parsed.ok ? nextStep(session, parsed.items, ctx) : invalid(session, parsed.reason);
}

function nextStep(session: InterviewSession, items: AnswerItem[], ctx: InterviewContext): Transition {
  const record = session.stages[session.stageIndex]!;
  const added = contributionsOf(session, record.stageId, items, ctx);
  const answered = withStage(active(session, ctx.now), session.stageIndex, {
    ...record,
    answers: [...record.answers, ...added.map(givenAnswer)],
  });
  const step = STEP_IDS[STEP_IDS.indexOf(session.step) + 1];
  if (step === undefined) return closeStage(answered, added, ctx);
  const next: InterviewSession = { ...answered, step };
  return { session: next, append: added, prompt: currentPrompt(next, ctx.map) };
}

/** The current stage is over: answered if anything was said, skipped if not. */
function closeStage(session: InterviewSession, append: Contribution[], ctx: InterviewContext): Transition {
  const { stageIndex } = session;
  const record = session.stages[stageIndex]!;
  const next = settle(
    withStage(session, stageIndex, { ...record, status: record.answers.length > 0 ? 'answered' : 'skipped' }),
  );
  return { session: next, append, prompt: stageDone(next, stageIndex, ctx.map) };
}

function stageDone(session: InterviewSession, stageIndex: number, map: JourneyMap): Prompt {
  const status = session.stages[stageIndex]!.status;
  return {
    kind: 'stageDone',
    ...stagePosition(session, stageIndex, map),
    status: status === 'skipped' ? 'skipped' : 'answered',
    next: currentPrompt(session, map),
  };
}

function contributionsOf(
  session: InterviewSession,
  stageId: string,
  items: readonly AnswerItem[],
  ctx: InterviewContext,
): Contribution[] {
  return items.map((item) => ({
    ...contributionBase(session, stageId, ctx),
    kind: item.kind,
    text: item.text,
    ...(item.score === undefined ? {} : { score: item.score }),
  }));
}

/** Retractions repeat the stage, kind and text of what they take back, so a reader of the log sees what changed. */
function retractionsOf(
  session: InterviewSession,
  stageId: string,
  answers: readonly GivenAnswer[],
  ctx: InterviewContext,
): Contribution[] {
  return answers.map((answer) => ({
    ...contributionBase(session, stageId, ctx),
    kind: answer.kind,
    text: answer.text,
    retracts: answer.id,
  }));
}

function contributionBase(session: InterviewSession, stageId: string, ctx: InterviewContext) {
  return {
    id: ctx.newId(),
    mapId: session.mapId,
    authorId: session.userId,
    ...(session.department ? { department: session.department } : {}),
    source: 'interview' as const,
    stageId,
    createdAt: ctx.now,
  };
}

function givenAnswer({ id, kind, text, score }: Contribution): GivenAnswer {
  return score === undefined ? { id, kind, text } : { id, kind, text, score };
}

/**
 * Pairs each new item with an identical answer given before (`kept`, by the item's index) and
 * lists the earlier answers left without a partner (`removed`).
 */
function matchAnswers(
  given: readonly GivenAnswer[],
  items: readonly AnswerItem[],
): { kept: Array<GivenAnswer | undefined>; removed: GivenAnswer[] } {
  const keyOf = ({ kind, text, score }: AnswerItem) => JSON.stringify([kind, score ?? null, text]);
  const unmatched = new Map<string, GivenAnswer[]>();
  for (const answer of given) unmatched.set(keyOf(answer), [...(unmatched.get(keyOf(answer)) ?? []), answer]);
  const kept = items.map((item) => unmatched.get(keyOf(item))?.shift());
  const keptIds = new Set(kept.map((answer) => answer?.id));
  return { kept, removed: given.filter((answer) => !keptIds.has(answer.id)) };
}

function withStage(session: InterviewSession, stageIndex: number, record: StageRecord): InterviewSession {
  return { ...session, stages: session.stages.map((current, index) => (index === stageIndex ? record : current)) };
}

/** The person did something: reminders start over. */
function touch(session: InterviewSession, now: string): InterviewSession {
  return { ...session, updatedAt: now, nudgeCount: 0 };
}

/** The person is taking part: started if not yet, no longer paused. */
function active(session: InterviewSession, now: string): InterviewSession {
  const { pausedAt: _, ...rest } = touch(session, now);
  return { ...rest, startedAt: session.startedAt ?? now };
}

/** The session as it is, showing where it stands: also what a request already applied gets when run again. */
export function stay(session: InterviewSession, ctx: Pick<InterviewContext, 'map'>): Transition {
  return { session, append: [], prompt: currentPrompt(session, ctx.map) };
}

function invalid(session: InterviewSession, reason: string): Transition {
  return { session, append: [], prompt: { kind: 'invalid', reason } };
}
