import type { ModalView, PlainTextOption } from '@slack/types';
import { mapTranslator, type Translator } from '../../i18n/index.ts';
import {
  FEELING_SCALE,
  type FeelingScore,
  feelingLabel,
  type StageAnswers,
  stageHeading,
  stageQuestions,
  TOUCHPOINTS,
  thoughtQuestion,
  touchpointLabel,
} from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { VIEWS } from '../ids.ts';
import { clip, escapeMrkdwn } from '../text.ts';
import { plainText, section } from './blocks.ts';

/** Input block ids of the stage form, one per StageAnswers field, so inline errors land on the right field. */
export const STAGE_FIELDS = {
  goal: 'goal',
  action: 'action',
  score: 'score',
  thought: 'thought',
  touchpointIds: 'touchpoints',
  otherTouchpoints: 'other_touchpoints',
  obstacles: 'obstacles',
  ideas: 'ideas',
} as const satisfies Record<keyof StageAnswers, string>;

export interface StageModalMetadata {
  mapId: string;
  stageIndex: number;
}

function scoreOption(score: number, t: Translator): PlainTextOption {
  const level = FEELING_SCALE[score - 1]!;
  const label = feelingLabel(level.score as FeelingScore, t);
  return { text: plainText(`${level.emoji} ${level.score} · ${label}`, 75), value: String(level.score) };
}

function touchpointOption(id: string, t: Translator): PlainTextOption {
  const touchpoint = TOUCHPOINTS.find((candidate) => candidate.id === id)!;
  return { text: plainText(touchpointLabel(touchpoint, t), 75), value: touchpoint.id };
}

function textInput(
  blockId: string,
  label: string,
  hint: string,
  optional: boolean,
  initial?: string,
  multiline = true,
) {
  return {
    type: 'input' as const,
    block_id: blockId,
    optional,
    label: plainText(label, 2000),
    hint: plainText(hint, 2000),
    element: {
      type: 'plain_text_input' as const,
      action_id: 'value',
      multiline,
      max_length: 3000,
      ...(initial ? { initial_value: clip(initial, 3000) } : {}),
    },
  };
}

function scoreInput(label: string, t: Translator, score: number | undefined) {
  return {
    type: 'input' as const,
    block_id: STAGE_FIELDS.score,
    label: plainText(label, 2000),
    element: {
      type: 'static_select' as const,
      action_id: 'value',
      placeholder: plainText(t.t('interview.modal.scorePlaceholder')),
      options: FEELING_SCALE.map((level) => scoreOption(level.score, t)),
      ...(score ? { initial_option: scoreOption(score, t) } : {}),
    },
  };
}

function touchpointsInput(label: string, t: Translator, ids: readonly string[]) {
  const selected = ids.filter((id) => TOUCHPOINTS.some((touchpoint) => touchpoint.id === id));
  const option = (id: string) => touchpointOption(id, t);
  return {
    type: 'input' as const,
    block_id: STAGE_FIELDS.touchpointIds,
    optional: true,
    label: plainText(label, 2000),
    element: {
      type: 'multi_static_select' as const,
      action_id: 'value',
      placeholder: plainText(t.t('interview.modal.touchpointsPlaceholder')),
      options: TOUCHPOINTS.map((touchpoint) => option(touchpoint.id)),
      ...(selected.length ? { initial_options: selected.map(option) } : {}),
    },
  };
}

/** One stage of the interview as a form in the map's language, prefilled with earlier answers when changing. */
export function stageModal(map: JourneyMap, stageIndex: number, answers: StageAnswers = {}): ModalView {
  const t = mapTranslator(map);
  const stage = map.stages[stageIndex]!;
  const stageCount = map.stages.length;
  const isLast = stageIndex === stageCount - 1;
  const q = Object.fromEntries(stageQuestions(stage.name, isLast, t).map((step) => [step.id, step]));
  const thought = thoughtQuestion(t);
  const metadata: StageModalMetadata = { mapId: map.id, stageIndex };
  const heading = escapeMrkdwn(stageHeading(stageIndex, stageCount, stage.name, t));
  return {
    type: 'modal',
    callback_id: VIEWS.stageAnswers,
    title: plainText(t.t('interview.modal.title', { stageNumber: stageIndex + 1, stageCount }), 24),
    submit: plainText(t.t('interview.modal.submit'), 24),
    close: plainText(t.t('interview.modal.close'), 24),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      section(t.t('interview.ask.headingLine', { heading, mapName: escapeMrkdwn(map.name) })),
      textInput(STAGE_FIELDS.goal, q.goal!.question, q.goal!.hint, true, answers.goal),
      textInput(STAGE_FIELDS.action, q.action!.question, q.action!.hint, false, answers.action),
      scoreInput(q.feeling!.question, t, answers.score),
      textInput(STAGE_FIELDS.thought, thought.question, thought.hint, true, answers.thought),
      touchpointsInput(q.touchpoint!.question, t, answers.touchpointIds ?? []),
      textInput(
        STAGE_FIELDS.otherTouchpoints,
        t.t('interview.modal.otherTouchpoints'),
        t.t('interview.modal.otherTouchpointsHint'),
        true,
        answers.otherTouchpoints,
      ),
      textInput(STAGE_FIELDS.obstacles, q.obstacle!.question, q.obstacle!.hint, true, answers.obstacles),
      textInput(STAGE_FIELDS.ideas, q.idea!.question, q.idea!.hint, true, answers.ideas),
    ],
  };
}
