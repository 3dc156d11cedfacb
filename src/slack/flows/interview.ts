import {
  createSession,
  currentPrompt,
  hasApplied,
  type InterviewContext,
  type InterviewSession,
  lastAnswerId,
  type Prompt,
  reviewPrompt,
  start,
  stay,
  type Transition,
  withAppliedRequest,
} from '../../interview/index.ts';
import type { Department, JourneyMap } from '../../journey/model.ts';
import { currentDelivery, isReplay, requestIds } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { promptMessage } from '../views/interview.ts';
import { afterContributionsAdded } from './contributions-added.ts';
import { cardPermalink } from './map-card.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { directMessageChannel } from './users.ts';

export type Step = (session: InterviewSession, ctx: InterviewContext) => Transition;

export interface StepOptions {
  /** Sees the outcome before anything is stored; false stops there (e.g. a form answered with errors). */
  beforeCommit?: (transition: Transition) => Promise<boolean>;
  /** Runs once everything is stored, before the person is shown what comes next (e.g. closing the form). */
  afterCommit?: () => Promise<void>;
}

/**
 * Applies one interview step for a person and shows them what comes next, in their DM.
 * One step at a time per person and map, across instances: two quick replies must not both answer the same
 * question. Order matters for durability: the answers are appended before the session moves on, so a crash in
 * between can at worst ask a question again, never lose an answer that was acknowledged.
 */
export async function runInterviewStep(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  userId: string,
  step: Step,
  options: StepOptions = {},
): Promise<void> {
  const transition = await deps.store.interviewLocks.withLock(
    { teamId: map.teamId, mapId: map.id, userId },
    () => applyStep(deps, map, userId, step, options),
    { outlastDeadHolder: isReplay() },
  );
  if (!transition) return;
  await options.afterCommit?.();
  // A reply that did not answer gets the question again under the explanation, with its buttons.
  const again = transition.prompt.kind === 'invalid' ? currentPrompt(transition.session, map) : undefined;
  await showPrompt(deps, client, map, userId, transition.prompt, again);
  // A replay finds its answers stored already (append is empty) but not necessarily shown: the card and the
  // summaries they may have earned are brought up to date again, which is harmless when the first run did it.
  if (transition.append.length > 0 || isReplay()) void afterContributionsAdded(deps, client, map);
}

/**
 * Reads, applies and stores one step; undefined when `beforeCommit` stopped it. A request run again from the
 * outbox writes the same contribution ids as its first run, and one whose step is stored already (the session
 * names it) changes nothing and shows where the interview stands: that is what should follow it.
 */
async function applyStep(
  deps: Deps,
  map: JourneyMap,
  userId: string,
  step: Step,
  options: StepOptions,
): Promise<Transition | undefined> {
  const [stored, person] = await Promise.all([
    deps.store.sessions.get(map.teamId, map.id, userId),
    deps.store.people.get(map.teamId, userId),
  ]);
  const now = deps.now().toISOString();
  const session = stored ?? createSession(map, userId, now);
  const request = currentDelivery();
  if (request && hasApplied(session, request.id)) return stay(session, { map });
  const ctx = { now, newId: requestIds(deps.newId, lastAnswerId(session)), map, department: person?.department };
  const transition = step(session, ctx);
  if (options.beforeCommit && !(await options.beforeCommit(transition))) return undefined;
  const next = request ? withAppliedRequest(transition.session, request.id) : transition.session;
  await commitStep(deps, { ...transition, session: next }, person?.department);
  return transition;
}

/** Answers first, the session last: a crash in between leaves a step the replay completes with the same ids. */
async function commitStep(deps: Deps, transition: Transition, knownDepartment: Department | undefined) {
  const { session } = transition;
  if (transition.append.length > 0) await deps.store.contributions.append(session.teamId, transition.append);
  if (session.department && session.department !== knownDepartment) {
    await deps.store.people.save({ teamId: session.teamId, userId: session.userId, department: session.department });
  }
  await deps.store.sessions.save(session);
  await deps.store.activeInterviews.set(session.teamId, session.userId, session.mapId);
  deps.log.info(
    { mapId: session.mapId, status: session.status, stage: session.stageIndex, added: transition.append.length },
    'interview step',
  );
}

/** Starts or resumes; a finished interview opens its review, so answers can still be changed. */
export const startOrReview: Step = (session, ctx) => {
  const transition = start(session, ctx);
  return transition.prompt.kind === 'done' ? { ...transition, prompt: reviewPrompt(session, ctx.map) } : transition;
};

async function showPrompt(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  userId: string,
  prompt: Prompt,
  then?: Prompt,
): Promise<void> {
  const channel = await directMessageChannel(client, userId);
  const link = prompt.kind === 'done' ? await cardPermalink(deps, client, map) : undefined;
  await client.chat.postMessage({ channel, ...promptMessage(map, prompt, link, then), ...POST_DEFAULTS });
}
