import type { JourneyMap } from '../../journey/model.ts';
import { claimUnlessReplay } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { departmentQuestion } from '../views/thread-department.ts';

/**
 * Asks a thread author for their department, privately and only ever once (the claim is shared by every
 * instance). Their items are stored meanwhile; the map folds them under the department once they answer.
 */
export async function askDepartmentOnce(deps: Deps, client: SlackClient, map: JourneyMap, userId: string) {
  try {
    // A replay asks again: its first run may have taken the claim and died before asking, for good otherwise.
    if (!(await claimUnlessReplay(() => deps.store.departmentQuestions.claim(map.teamId, userId)))) return;
    await client.chat.postEphemeral({
      channel: map.channelId,
      user: userId,
      thread_ts: map.cardTs,
      ...departmentQuestion(map),
    });
  } catch (err) {
    deps.log.warn({ err, mapId: map.id, userId }, 'department question not asked');
  }
}
