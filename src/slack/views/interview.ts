import { mapTranslator, type Translator } from '../../i18n/index.ts';
import {
  type AskStepPrompt,
  asksForFeeling,
  departmentQuestion,
  FEELING_SCALE,
  type Progress,
  type Prompt,
  type ReviewStage,
  reviewLines,
} from '../../interview/index.ts';
import { DEPARTMENTS, type JourneyMap } from '../../journey/model.ts';
import { ACTIONS, suffixedAction } from '../ids.ts';
import { escapeMrkdwn } from '../text.ts';
import { type AnyBlock, actions, button, context, type MessageContent, message, section } from './blocks.ts';
import { MINUTES_PER_STAGE } from './invitation.ts';

/** Buttons carry the map and what was picked: "<mapId>|<value>". */
export function actionValue(mapId: string, value: string | number): string {
  return `${mapId}|${value}`;
}

export function parseActionValue(value: string): { mapId: string; value: string } {
  const bar = value.indexOf('|');
  return bar === -1 ? { mapId: value, value: '' } : { mapId: value.slice(0, bar), value: value.slice(bar + 1) };
}

/** What a view of one map needs: the map, its language, and its name ready for mrkdwn. */
interface MapView {
  map: JourneyMap;
  t: Translator;
  mapName: string;
}

function stageControls({ map, t }: MapView, stageIndex: number): AnyBlock {
  return actions(
    `interview_controls_${stageIndex}`,
    button(t.t('interview.buttons.answerInForm'), ACTIONS.openStage, actionValue(map.id, stageIndex)),
    button(t.t('interview.buttons.skipStage'), ACTIONS.skipStage, actionValue(map.id, stageIndex)),
    button(t.t('interview.buttons.pause'), ACTIONS.pauseInterview, map.id),
  );
}

/** The stage form's button again, when the form itself could not open. */
export function stageFormAgain(map: JourneyMap, stageIndex: number): MessageContent {
  const t = mapTranslator(map);
  const stageName = escapeMrkdwn(map.stages[stageIndex]?.name ?? '');
  const text = t.t('interview.formAgain', { stageNumber: stageIndex + 1, stageName });
  return message(text, [
    section(text),
    actions(
      'interview_form_again',
      button(t.t('interview.buttons.answerInForm'), ACTIONS.openStage, actionValue(map.id, stageIndex), 'primary'),
    ),
  ]);
}

function reviewLine(stage: ReviewStage, t: Translator): string {
  const status =
    stage.status === 'answered'
      ? t.t('interview.review.answered', { count: stage.answerCount })
      : stage.status === 'skipped'
        ? t.t('interview.review.skipped')
        : t.t('interview.review.pending');
  const said = reviewLines(stage.answers).map((line) => `\n      _${escapeMrkdwn(line)}_`);
  return `*${stage.stageIndex + 1}. ${escapeMrkdwn(stage.stageName)}*  ${status}${said.join('')}`;
}

function askDepartment({ map, t, mapName }: MapView): MessageContent {
  const { question, hint } = departmentQuestion(t);
  return message(question, [
    section(`*${mapName}*\n${question}`),
    actions(
      'interview_department',
      ...DEPARTMENTS.map((department) =>
        button(
          t.t(`common.departments.${department}`),
          suffixedAction(ACTIONS.chooseDepartment, department),
          actionValue(map.id, department),
        ),
      ),
    ),
    context(hint),
  ]);
}

function feelingButtons(mapId: string): AnyBlock {
  return actions(
    'interview_feeling',
    ...FEELING_SCALE.map((level) =>
      button(
        `${level.emoji} ${level.score}`,
        suffixedAction(ACTIONS.chooseScore, level.score),
        actionValue(mapId, level.score),
      ),
    ),
  );
}

function askStep(view: MapView, prompt: AskStepPrompt): MessageContent {
  const { t, mapName } = view;
  const { step } = prompt;
  const heading = t.t('interview.ask.headingLine', { heading: escapeMrkdwn(prompt.heading), mapName });
  const blocks: AnyBlock[] = [section(`${heading}\n${escapeMrkdwn(step.question)}`), context(escapeMrkdwn(step.hint))];
  if (asksForFeeling(step.id)) blocks.push(feelingButtons(view.map.id));
  const tip = step.skippable ? t.t('interview.ask.replyTip') : t.t('interview.ask.requiredTip');
  blocks.push(stageControls(view, prompt.stageIndex), context(tip));
  return message(escapeMrkdwn(`${prompt.heading}: ${step.question}`), blocks);
}

function paused({ map, t, mapName }: MapView, prompt: Extract<Prompt, { kind: 'paused' }>): MessageContent {
  const values = {
    stageName: escapeMrkdwn(prompt.stageName),
    stageNumber: prompt.stageIndex + 1,
    stageCount: prompt.stageCount,
    mapName,
  };
  return message(t.t('interview.paused.fallback'), [
    section(t.t('interview.paused.text', values)),
    actions('interview_paused', button(t.t('interview.buttons.resume'), ACTIONS.resumeInterview, map.id, 'primary')),
  ]);
}

function review({ map, t, mapName }: MapView, prompt: Extract<Prompt, { kind: 'review' }>): MessageContent {
  return message(t.t('interview.review.fallback', { mapName }), [
    section(t.t('interview.review.intro', { mapName })),
    ...prompt.stages.map((stage) =>
      section(
        reviewLine(stage, t),
        button(t.t('interview.buttons.change'), ACTIONS.editStage, actionValue(map.id, stage.stageIndex)),
      ),
    ),
    actions('interview_review', button(t.t('interview.buttons.finish'), ACTIONS.finishInterview, map.id, 'primary')),
  ]);
}

function done({ t, mapName }: MapView, prompt: Extract<Prompt, { kind: 'done' }>, mapLink?: string): MessageContent {
  const seeTheMap = mapLink ? t.t('interview.done.mapLink', { mapLink }) : t.t('interview.done.mapInChannel');
  const counts = {
    answerCount: prompt.contributionCount,
    answeredCount: prompt.answered,
    skippedCount: prompt.skipped,
  };
  return message(t.t('interview.done.fallback', { mapName }), [
    section(t.t('interview.done.text', { ...counts, mapName, seeTheMap })),
  ]);
}

/** The DM message for what the interview asks or says next, in the map's language. */
export function promptMessage(map: JourneyMap, prompt: Prompt, mapLink?: string, then?: Prompt): MessageContent {
  const view: MapView = { map, t: mapTranslator(map), mapName: escapeMrkdwn(map.name) };
  switch (prompt.kind) {
    case 'askDepartment':
      return askDepartment(view);
    case 'askStep':
      return askStep(view, prompt);
    case 'stageDone': {
      const stageName = escapeMrkdwn(prompt.stageName);
      const said = view.t.t(`interview.stageDone.${prompt.status}`, { stageName });
      const next = promptMessage(map, prompt.next, mapLink);
      return message(`${said} ${next.text}`, [section(said), ...next.blocks]);
    }
    case 'paused':
      return paused(view, prompt);
    case 'review':
      return review(view, prompt);
    case 'done':
      return done(view, prompt, mapLink);
    case 'invalid': {
      const warning = section(`⚠️ ${escapeMrkdwn(prompt.reason)}`);
      return message(escapeMrkdwn(prompt.reason), then ? [warning, ...promptMessage(map, then).blocks] : [warning]);
    }
  }
}

/** The DM a day after an interview stopped moving: where it stands and one click to carry on. */
export function reminderMessage(map: JourneyMap, progress: Progress): MessageContent {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const values = {
    mapName,
    doneCount: progress.answered + progress.skipped,
    stageCount: progress.stages.length,
    minutesPerStage: MINUTES_PER_STAGE,
  };
  return message(t.t('interview.reminder.fallback', { mapName }), [
    section(t.t('interview.reminder.text', values)),
    actions('interview_reminder', button(t.t('interview.buttons.resume'), ACTIONS.resumeInterview, map.id, 'primary')),
    context(t.t('interview.reminder.limits')),
  ]);
}
