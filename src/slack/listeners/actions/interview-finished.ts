import { finish } from '../../../interview/index.ts';
import type { Deps } from '../../deps.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

export function interviewFinished(deps: Deps) {
  return interviewButton(deps, 'interview_finish', async ({ map, userId }, client) => {
    await runInterviewStep(deps, client, map, userId, finish);
  });
}
