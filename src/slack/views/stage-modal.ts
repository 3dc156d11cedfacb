import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { mapTranslator, type Translator } from '../../i18n/index.ts';
import {
  type Answers,
  type AnswerValue,
  type AskedField,
  FEELING_SCALE,
  type FieldInput,
  feelingLabel,
  INTERVIEW_SCRIPT,
  type Script,
  stageFields,
  stageHeading,
  TOUCHPOINTS,
  type Touchpoint,
  touchpointLabel,
} from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { VIEWS } from '../ids.ts';
import { clip, escapeMrkdwn } from '../text.ts';
import { plainText, section } from './blocks.ts';

export interface StageModalMetadata {
  mapId: string;
  stageIndex: number;
}

/** How the form draws each input of the script; the form reader (listeners/views/stage-form.ts) reads them back. */
interface InputDrawing {
  /**
   * Whether the field shows its hint. A question's hint says how to type the answer in a DM, which a menu does
   * not need: menus show a placeholder instead.
   */
  hinted: boolean;
  /** The element, prefilled with the earlier answer when it has the input's shape; action_id 'value' throughout. */
  element(value: AnswerValue | undefined, t: Translator): InputBlock['element'];
}

const INPUTS: Record<FieldInput, InputDrawing> = {
  text: { hinted: true, element: textElement },
  feelingScale: { hinted: false, element: feelingScaleElement },
  touchpoints: { hinted: false, element: touchpointsElement },
};

/**
 * One stage of the interview as a form in the map's language, one input block per field of the script, prefilled
 * with earlier answers when changing. `script` is the interview's own unless a test brings another.
 */
export function stageModal(
  map: JourneyMap,
  stageIndex: number,
  answers: Answers = {},
  script: Script = INTERVIEW_SCRIPT,
): ModalView {
  const t = mapTranslator(map);
  const stage = map.stages[stageIndex]!;
  const stageCount = map.stages.length;
  const fields = stageFields(stage.name, stageIndex === stageCount - 1, t, script);
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
      ...fields.map((field) => inputBlock(field, answers[field.name], t)),
    ],
  };
}

function inputBlock(field: AskedField, value: AnswerValue | undefined, t: Translator): InputBlock {
  const drawing = INPUTS[field.input];
  return {
    type: 'input',
    block_id: field.blockId,
    optional: !field.required,
    label: plainText(field.label, 2000),
    ...(drawing.hinted ? { hint: plainText(field.hint, 2000) } : {}),
    element: drawing.element(value, t),
  };
}

function textElement(value: AnswerValue | undefined): InputBlock['element'] {
  return {
    type: 'plain_text_input',
    action_id: 'value',
    multiline: true,
    max_length: 3000,
    ...(typeof value === 'string' && value ? { initial_value: clip(value, 3000) } : {}),
  };
}

function feelingScaleElement(value: AnswerValue | undefined, t: Translator): InputBlock['element'] {
  const chosen = FEELING_SCALE.find((level) => level.score === value);
  return {
    type: 'static_select',
    action_id: 'value',
    placeholder: plainText(t.t('interview.modal.scorePlaceholder')),
    options: FEELING_SCALE.map((level) => scoreOption(level, t)),
    ...(chosen ? { initial_option: scoreOption(chosen, t) } : {}),
  };
}

function touchpointsElement(value: AnswerValue | undefined, t: Translator): InputBlock['element'] {
  const ids = typeof value === 'object' ? value : [];
  const selected = ids.flatMap((id) => TOUCHPOINTS.find((touchpoint) => touchpoint.id === id) ?? []);
  return {
    type: 'multi_static_select',
    action_id: 'value',
    placeholder: plainText(t.t('interview.modal.touchpointsPlaceholder')),
    options: TOUCHPOINTS.map((touchpoint) => touchpointOption(touchpoint, t)),
    ...(selected.length ? { initial_options: selected.map((touchpoint) => touchpointOption(touchpoint, t)) } : {}),
  };
}

function scoreOption(level: (typeof FEELING_SCALE)[number], t: Translator): PlainTextOption {
  const label = feelingLabel(level.score, t);
  return { text: plainText(`${level.emoji} ${level.score} · ${label}`, 75), value: String(level.score) };
}

function touchpointOption(touchpoint: Touchpoint, t: Translator): PlainTextOption {
  return { text: plainText(touchpointLabel(touchpoint, t), 75), value: touchpoint.id };
}
