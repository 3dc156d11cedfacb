import type { ModalView, PlainTextOption } from '@slack/types';
import {
  FEELING_SCALE,
  type StageAnswers,
  stageHeading,
  stageQuestions,
  THOUGHT_QUESTION,
  TOUCHPOINTS,
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

function scoreOption(score: number): PlainTextOption {
  const level = FEELING_SCALE[score - 1]!;
  return { text: plainText(`${level.emoji} ${level.score} · ${level.label}`, 75), value: String(level.score) };
}

function touchpointOption(id: string): PlainTextOption {
  const touchpoint = TOUCHPOINTS.find((candidate) => candidate.id === id)!;
  return { text: plainText(touchpoint.label, 75), value: touchpoint.id };
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

/** One stage of the interview as a form, prefilled with earlier answers when changing a stage. */
export function stageModal(map: JourneyMap, stageIndex: number, answers: StageAnswers = {}): ModalView {
  const stage = map.stages[stageIndex]!;
  const isLast = stageIndex === map.stages.length - 1;
  const questions = Object.fromEntries(stageQuestions(stage.name, isLast).map((step) => [step.id, step]));
  const metadata: StageModalMetadata = { mapId: map.id, stageIndex };
  const selectedTouchpoints = (answers.touchpointIds ?? []).filter((id) => TOUCHPOINTS.some((t) => t.id === id));
  return {
    type: 'modal',
    callback_id: VIEWS.stageAnswers,
    title: plainText(`Stage ${stageIndex + 1} of ${map.stages.length}`, 24),
    submit: plainText('Save stage', 24),
    close: plainText('Cancel', 24),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      section(
        `*${escapeMrkdwn(stageHeading(stageIndex, map.stages.length, stage.name))}* · _${escapeMrkdwn(map.name)}_`,
      ),
      textInput(STAGE_FIELDS.goal, questions.goal!.question, questions.goal!.hint, true, answers.goal),
      textInput(STAGE_FIELDS.action, questions.action!.question, questions.action!.hint, false, answers.action),
      {
        type: 'input',
        block_id: STAGE_FIELDS.score,
        label: plainText(questions.feeling!.question, 2000),
        element: {
          type: 'static_select',
          action_id: 'value',
          placeholder: plainText('1 😫 to 5 😍'),
          options: FEELING_SCALE.map((level) => scoreOption(level.score)),
          ...(answers.score ? { initial_option: scoreOption(answers.score) } : {}),
        },
      },
      textInput(STAGE_FIELDS.thought, THOUGHT_QUESTION.question, THOUGHT_QUESTION.hint, true, answers.thought),
      {
        type: 'input',
        block_id: STAGE_FIELDS.touchpointIds,
        optional: true,
        label: plainText(questions.touchpoint!.question, 2000),
        element: {
          type: 'multi_static_select',
          action_id: 'value',
          placeholder: plainText('Website, email, store…'),
          options: TOUCHPOINTS.map((touchpoint) => touchpointOption(touchpoint.id)),
          ...(selectedTouchpoints.length ? { initial_options: selectedTouchpoints.map(touchpointOption) } : {}),
        },
      },
      textInput(
        STAGE_FIELDS.otherTouchpoints,
        'Other touchpoints',
        'Anything not in the list, one per line.',
        true,
        answers.otherTouchpoints,
      ),
      textInput(
        STAGE_FIELDS.obstacles,
        questions.obstacle!.question,
        questions.obstacle!.hint,
        true,
        answers.obstacles,
      ),
      textInput(STAGE_FIELDS.ideas, questions.idea!.question, questions.idea!.hint, true, answers.ideas),
    ],
  };
}
