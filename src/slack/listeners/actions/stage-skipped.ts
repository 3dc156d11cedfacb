import { skipStage } from '../../../interview/index.ts';
import type { Deps } from '../../deps.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

export function stageSkipped(deps: Deps) {
  return interviewButton(deps, 'interview_skip', async ({ map, userId, picked }, client) => {
    await runInterviewStep(deps, client, map, userId, (session, ctx) => skipStage(session, Number(picked), ctx));
  });
}
