import { answerStep, type InterviewContext, type InterviewSession, type Transition } from '../../../interview/index.ts';
import type { Deps } from '../../deps.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

const STALE_FEELING = 'That feeling button belongs to an earlier question: please answer the one above.';

/** A feeling button answers the feeling question exactly as typing the number would, and nothing else. */
function answerFeeling(score: string) {
  return (session: InterviewSession, ctx: InterviewContext): Transition =>
    session.status === 'answering' && session.step === 'feeling'
      ? answerStep(session, score, ctx)
      : { session, append: [], prompt: { kind: 'invalid', reason: STALE_FEELING } };
}

export function scoreChosen(deps: Deps) {
  return interviewButton(deps, 'interview_score', async ({ map, userId, picked }, client) => {
    if (!/^[1-5]$/.test(picked)) return;
    await runInterviewStep(deps, client, map, userId, answerFeeling(picked));
  });
}
