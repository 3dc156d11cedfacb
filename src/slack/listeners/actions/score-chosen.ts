import { mapTranslator } from '../../../i18n/index.ts';
import {
  answerStep,
  asksForFeeling,
  type InterviewContext,
  type InterviewSession,
  type Transition,
} from '../../../interview/index.ts';
import type { Deps } from '../../deps.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

/** A feeling button answers the feeling-scale question exactly as typing the number would, and nothing else. */
function answerFeeling(score: string) {
  return (session: InterviewSession, ctx: InterviewContext): Transition =>
    session.status === 'answering' && asksForFeeling(session.step)
      ? answerStep(session, score, ctx)
      : { session, append: [], prompt: { kind: 'invalid', reason: staleFeeling(ctx) } };
}

export function scoreChosen(deps: Deps) {
  return interviewButton(deps, 'interview_score', async ({ map, userId, picked }, client) => {
    if (!/^[1-5]$/.test(picked)) return;
    await runInterviewStep(deps, client, map, userId, answerFeeling(picked));
  });
}

function staleFeeling(ctx: InterviewContext): string {
  return mapTranslator(ctx.map).t('interview.invalid.staleFeeling');
}
