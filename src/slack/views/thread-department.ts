import { mapTranslator, type Translator } from '../../i18n/index.ts';
import { DEPARTMENTS, type Department, type JourneyMap } from '../../journey/model.ts';
import { suffixedAction, THREAD_ACTIONS } from '../ids.ts';
import { escapeMrkdwn } from '../text.ts';
import { actions, button, context, type MessageContent, message, section } from './blocks.ts';
import { actionValue } from './interview.ts';

/** Asked privately, once, of a thread author the bot has no department for. */
export function departmentQuestion(map: JourneyMap): MessageContent {
  const t = mapTranslator(map);
  return message(t.t('thread.department.title'), [
    section(t.t('thread.department.question', { mapName: escapeMrkdwn(map.name) })),
    actions(
      'thread_department',
      ...DEPARTMENTS.map((department) =>
        button(
          t.t(`common.departments.${department}`),
          suffixedAction(THREAD_ACTIONS.department, department),
          actionValue(map.id, department),
        ),
      ),
    ),
    context(t.t('thread.department.hint')),
  ]);
}

/** `t`: the language of the map the question came from (the answer holds on every map). */
export function departmentThanks(t: Translator, department: Department): MessageContent {
  const team = t.t(`common.departments.${department}`);
  return message(t.t('thread.department.thanksTitle', { team }), [section(t.t('thread.department.thanks', { team }))]);
}
