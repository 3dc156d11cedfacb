import {
  DEPARTMENT_QUESTION,
  FEELING_SCALE,
  type Progress,
  type Prompt,
  type ReviewStage,
} from '../../interview/index.ts';
import { DEPARTMENT_LABELS, DEPARTMENTS, type JourneyMap } from '../../journey/model.ts';
import { ACTIONS, suffixedAction } from '../ids.ts';
import { escapeMrkdwn, plural } from '../text.ts';
import { type AnyBlock, actions, button, context, type MessageContent, message, section } from './blocks.ts';

/** Buttons carry the map and what was picked: "<mapId>|<value>". */
export function actionValue(mapId: string, value: string | number): string {
  return `${mapId}|${value}`;
}

export function parseActionValue(value: string): { mapId: string; value: string } {
  const bar = value.indexOf('|');
  return bar === -1 ? { mapId: value, value: '' } : { mapId: value.slice(0, bar), value: value.slice(bar + 1) };
}

const REPLY_TIP = 'Just reply here to answer, or use the form. Type `skip` to leave a question out.';
const REQUIRED_TIP = 'Just reply here to answer, or use the form. Not sure about this stage? Press *Skip stage*.';

function stageControls(mapId: string, stageIndex: number): AnyBlock {
  return actions(
    `interview_controls_${stageIndex}`,
    button('Answer in a form', ACTIONS.openStage, actionValue(mapId, stageIndex)),
    button('Skip stage', ACTIONS.skipStage, actionValue(mapId, stageIndex)),
    button('Pause', ACTIONS.pauseInterview, mapId),
  );
}

function reviewLine(stage: ReviewStage): string {
  const status =
    stage.status === 'answered'
      ? `✅ ${plural(stage.answerCount, 'answer')}`
      : stage.status === 'skipped'
        ? '⏭️ skipped'
        : '⏳ not answered';
  const doing = stage.answers.action?.split('\n')[0];
  return `*${stage.stageIndex + 1}. ${escapeMrkdwn(stage.stageName)}*  ${status}${doing ? `\n      _${escapeMrkdwn(doing)}_` : ''}`;
}

/** The DM message for what the interview asks or says next. */
export function promptMessage(map: JourneyMap, prompt: Prompt, mapLink?: string, then?: Prompt): MessageContent {
  const mapName = escapeMrkdwn(map.name);
  switch (prompt.kind) {
    case 'askDepartment':
      return message(DEPARTMENT_QUESTION.question, [
        section(`*${mapName}*\n${DEPARTMENT_QUESTION.question}`),
        actions(
          'interview_department',
          ...DEPARTMENTS.map((department) =>
            button(
              DEPARTMENT_LABELS[department],
              suffixedAction(ACTIONS.chooseDepartment, department),
              actionValue(map.id, department),
            ),
          ),
        ),
        context(DEPARTMENT_QUESTION.hint),
      ]);
    case 'askStep': {
      const { step } = prompt;
      const blocks: AnyBlock[] = [
        section(`*${escapeMrkdwn(prompt.heading)}* · _${mapName}_\n${escapeMrkdwn(step.question)}`),
        context(escapeMrkdwn(step.hint)),
      ];
      if (step.id === 'feeling') {
        blocks.push(
          actions(
            'interview_feeling',
            ...FEELING_SCALE.map((level) =>
              button(
                `${level.emoji} ${level.score}`,
                suffixedAction(ACTIONS.chooseScore, level.score),
                actionValue(map.id, level.score),
              ),
            ),
          ),
        );
      }
      blocks.push(stageControls(map.id, prompt.stageIndex), context(step.skippable ? REPLY_TIP : REQUIRED_TIP));
      return message(escapeMrkdwn(`${prompt.heading}: ${step.question}`), blocks);
    }
    case 'stageDone': {
      const done =
        prompt.status === 'answered'
          ? `✅ Thanks, *${escapeMrkdwn(prompt.stageName)}* is on the map.`
          : `⏭️ Skipped *${escapeMrkdwn(prompt.stageName)}*.`;
      const next = promptMessage(map, prompt.next, mapLink);
      return message(`${done} ${next.text}`, [section(done), ...next.blocks]);
    }
    case 'paused':
      return message('Interview paused', [
        section(
          `⏸️ Paused at *${escapeMrkdwn(prompt.stageName)}* (stage ${prompt.stageIndex + 1} of ${prompt.stageCount}) ` +
            `of *${mapName}*. Everything you answered is saved. I'll remind you in a day or so, or pick it up any time.`,
        ),
        actions('interview_paused', button('Resume', ACTIONS.resumeInterview, map.id, 'primary')),
      ]);
    case 'review':
      return message(`Review your answers for ${mapName}`, [
        section(`📋 *Your answers for ${mapName}.* Change any stage, or finish when it looks right.`),
        ...prompt.stages.map((stage) =>
          section(reviewLine(stage), button('Change', ACTIONS.editStage, actionValue(map.id, stage.stageIndex))),
        ),
        actions('interview_review', button('Finish', ACTIONS.finishInterview, map.id, 'primary')),
      ]);
    case 'done': {
      const link = mapLink ? `<${mapLink}|see the map>` : 'see the map in its channel';
      return message(`Thank you! Your answers are on the map "${mapName}".`, [
        section(
          `🙏 *Thank you!* ${plural(prompt.contributionCount, 'answer')} from you are now on *${mapName}*` +
            ` (${plural(prompt.answered, 'stage')} answered${prompt.skipped ? `, ${prompt.skipped} skipped` : ''}). ` +
            `You can ${link}, or change your answers any time from my Home tab.`,
        ),
      ]);
    }
    case 'invalid': {
      const warning = section(`⚠️ ${escapeMrkdwn(prompt.reason)}`);
      return message(escapeMrkdwn(prompt.reason), then ? [warning, ...promptMessage(map, then).blocks] : [warning]);
    }
  }
}

/** The DM a day after an interview stopped moving: where it stands and one click to carry on. */
export function reminderMessage(map: JourneyMap, progress: Progress): MessageContent {
  const mapName = escapeMrkdwn(map.name);
  const done = progress.answered + progress.skipped;
  return message(`Your interview for ${mapName} is waiting for you.`, [
    section(
      `⏰ Your interview for *${mapName}* is waiting: ${done} of ${plural(progress.stages.length, 'stage')} done, ` +
        'and everything you answered is saved. It takes about 2 minutes a stage.',
    ),
    actions('interview_reminder', button('Resume', ACTIONS.resumeInterview, map.id, 'primary')),
    context("_I'll remind you at most once a week, and never while your Slack status says you're away._"),
  ]);
}
