import type { Deps } from '../../deps.ts';
import { runInterviewStep, startOrReview } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

/** "Start" in the invitation, "Resume" after a pause, "Answer for my team" on the map card. */
export function interviewStarted(deps: Deps) {
  return interviewButton(deps, 'interview_start', async ({ map, userId }, client) => {
    await runInterviewStep(deps, client, map, userId, startOrReview);
  });
}
