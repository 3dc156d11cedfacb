import { DEPARTMENT_LABELS, DEPARTMENTS, type Department, type JourneyMap } from '../../journey/model.ts';
import { suffixedAction, THREAD_ACTIONS } from '../ids.ts';
import { escapeMrkdwn } from '../text.ts';
import { actions, button, context, type MessageContent, message, section } from './blocks.ts';
import { actionValue } from './interview.ts';

/** Asked privately, once, of a thread author the bot has no department for. */
export function departmentQuestion(map: JourneyMap): MessageContent {
  return message('Which team are you in?', [
    section(
      `👋 Thanks for adding to *${escapeMrkdwn(map.name)}*! Which team are you in? ` +
        "I'll count your input for it on every map, so you only need to tell me once.",
    ),
    actions(
      'thread_department',
      ...DEPARTMENTS.map((department) =>
        button(
          DEPARTMENT_LABELS[department],
          suffixedAction(THREAD_ACTIONS.department, department),
          actionValue(map.id, department),
        ),
      ),
    ),
    context('Only you can see this. Your input is on the map already.'),
  ]);
}

export function departmentThanks(department: Department): MessageContent {
  const team = DEPARTMENT_LABELS[department];
  return message(`Thanks! Your input counts for ${team}.`, [
    section(`🙌 Thanks! Your input now counts for *${team}* on every map. Keep replying in the thread any time.`),
  ]);
}
