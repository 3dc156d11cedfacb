import { answersFromItems } from '../../../interview/index.ts';
import type { Deps } from '../../deps.ts';
import { openOrOfferAgain } from '../../flows/form-again.ts';
import { stageFormAgain } from '../../views/interview.ts';
import { stageModal } from '../../views/stage-modal.ts';
import { interviewButton } from './interview-button.ts';

/** "Answer in a form" and "Change": the stage's form, prefilled with what the person said before. */
export function stageFormOpened(deps: Deps) {
  return interviewButton(deps, 'interview_open_stage', async ({ map, userId, picked, triggerId }, client) => {
    const stageIndex = Number(picked);
    if (!Number.isInteger(stageIndex) || !map.stages[stageIndex]) return;
    const session = await deps.store.sessions.get(map.teamId, map.id, userId);
    const answers = answersFromItems(session?.stages[stageIndex]?.answers ?? []);
    await openOrOfferAgain(
      deps,
      client,
      userId,
      () => client.views.open({ trigger_id: triggerId, view: stageModal(map, stageIndex, answers) }),
      () => stageFormAgain(map, stageIndex),
    );
  });
}
