/**
 * What the interview asks, as data: the questions of a journey-mapping workshop, one stage at a time, one entry
 * per question. The stage form (its fields and the reader of its values), the DM questions and replies, and the
 * review all read these entries; adding a question is an entry here and its words in the interview catalogs.
 */

import type { MessageKey, Translator } from '../i18n/index.ts';
import type { FeelingScore } from '../journey/feelings.ts';
import type { Kind } from '../journey/model.ts';
import { ENGLISH } from './english.ts';
import {
  type Answers,
  FEELING_SCORE,
  type FieldInput,
  type FieldReader,
  type InputValues,
  LINES,
  type ReplyReader,
  replyAsFeeling,
  replyAsText,
  TOUCHPOINT_CHOICES,
  TOUCHPOINT_LIST,
} from './readers.ts';

/** One input of the stage form; its input and its reader agree on the value's shape. */
export type FormField = {
  [I in FieldInput]: {
    /** Its key in the stage's answers and in the form's field errors. */
    name: string;
    /** The form's input block id: stored in open modals, so it never changes once shipped. */
    blockId: string;
    input: I;
    read: FieldReader<I>;
    /** The kind its items have, when not the question's own (a follow-up). */
    kind?: Kind;
  };
}[FieldInput];

/** A field after the one that holds the answer: it has words of its own and is never required. */
export type ExtraField = FormField & { label: MessageKey; hint: MessageKey };

export interface Question {
  /** The step's id, which is also the kind of contribution its answer makes. */
  id: Kind;
  /** Catalog keys of what is asked (with `{stageName}`) and of the hint under it. */
  question: MessageKey;
  hint: MessageKey;
  /** Asked instead at the last stage, for a question that speaks of the next stage. */
  lastStageQuestion?: MessageKey;
  /** Set when the step cannot be skipped: what to say when its answer is missing. */
  required?: MessageKey;
  /**
   * First the field that holds the answer, labelled with the question; then any extra field: a follow-up of
   * another kind (the thought after the feeling) or a second way to give the same answer (touchpoints not listed).
   */
  fields: readonly [FormField, ...ExtraField[]];
  /** How a DM reply to the question is read. */
  reply: ReplyReader;
  /** What the review shows of the answer under the stage's name, so a person recognises the stage. */
  review?: 'firstLine';
}

export type Script = readonly Question[];

/** The interview, in the order it asks. */
export const INTERVIEW_SCRIPT = [
  {
    id: 'goal',
    question: 'interview.steps.goal.question',
    hint: 'interview.steps.goal.hint',
    fields: [{ name: 'goal', blockId: 'goal', input: 'text', read: LINES }],
    reply: replyAsText,
  },
  {
    id: 'action',
    question: 'interview.steps.action.question',
    hint: 'interview.steps.action.hint',
    required: 'interview.steps.action.required',
    fields: [{ name: 'action', blockId: 'action', input: 'text', read: LINES }],
    reply: replyAsText,
    review: 'firstLine',
  },
  {
    id: 'feeling',
    question: 'interview.steps.feeling.question',
    hint: 'interview.steps.feeling.hint',
    required: 'interview.steps.feeling.required',
    fields: [
      { name: 'score', blockId: 'score', input: 'feelingScale', read: FEELING_SCORE },
      {
        name: 'thought',
        blockId: 'thought',
        input: 'text',
        read: LINES,
        kind: 'thought',
        label: 'interview.thought.question',
        hint: 'interview.thought.hint',
      },
    ],
    reply: replyAsFeeling,
  },
  {
    id: 'touchpoint',
    question: 'interview.steps.touchpoint.question',
    hint: 'interview.steps.touchpoint.hint',
    fields: [
      { name: 'touchpointIds', blockId: 'touchpoints', input: 'touchpoints', read: TOUCHPOINT_CHOICES },
      {
        name: 'otherTouchpoints',
        blockId: 'other_touchpoints',
        input: 'text',
        read: TOUCHPOINT_LIST,
        label: 'interview.modal.otherTouchpoints',
        hint: 'interview.modal.otherTouchpointsHint',
      },
    ],
    reply: replyAsText,
  },
  {
    id: 'obstacle',
    question: 'interview.steps.obstacle.question',
    hint: 'interview.steps.obstacle.hint',
    fields: [{ name: 'obstacles', blockId: 'obstacles', input: 'text', read: LINES }],
    reply: replyAsText,
  },
  {
    id: 'idea',
    question: 'interview.steps.idea.question',
    lastStageQuestion: 'interview.steps.idea.lastStageQuestion',
    hint: 'interview.steps.idea.hint',
    fields: [{ name: 'ideas', blockId: 'ideas', input: 'text', read: LINES }],
    reply: replyAsText,
  },
] as const satisfies Script;

export type StepId = (typeof INTERVIEW_SCRIPT)[number]['id'];

/** The steps of one stage, in the order they are asked. */
export const STEP_IDS: readonly StepId[] = INTERVIEW_SCRIPT.map((question) => question.id);
export const FIRST_STEP: StepId = INTERVIEW_SCRIPT[0].id;

type ScriptFieldOf<S extends Script> = S[number]['fields'][number];

/** A stage's answers with each field's own value type: what code and tests write out by hand are checked against it. */
export type StageAnswers = {
  [F in ScriptFieldOf<typeof INTERVIEW_SCRIPT> as F['name']]?: InputValues[F['input']];
};

/** A question ready to show, in the map's language: the stage name is already in it. */
export interface AskedStep {
  id: StepId;
  question: string;
  hint: string;
  /** Whether "skip" is accepted; a stage whose required steps nobody can answer is skipped as a whole. */
  skippable: boolean;
}

/** A field of the stage form as the script says it: its question's required-ness and kind resolved. */
export type ScriptField = FormField & {
  kind: Kind;
  /** The field that holds the answer of a question that cannot be skipped. */
  required: boolean;
  /** Words of its own (an extra field); the others are labelled with their question. */
  label?: MessageKey;
  hint?: MessageKey;
};

/** One field of the stage form, worded in the map's language. */
export interface AskedField {
  name: string;
  blockId: string;
  input: FieldInput;
  required: boolean;
  label: string;
  hint: string;
}

/** The feeling scale lives in the journey model; the interview asks with it and reads its words back. */
export { FEELING_SCALE, type FeelingScore } from '../journey/feelings.ts';
export { ENGLISH } from './english.ts';

export function departmentQuestion(t: Translator = ENGLISH): { question: string; hint: string } {
  return { question: t.t('interview.department.question'), hint: t.t('interview.department.hint') };
}

export function feelingLabel(score: FeelingScore, t: Translator = ENGLISH): string {
  return t.t(`common.feelings.score${score}`);
}

export function questionOf(step: StepId): Question {
  return INTERVIEW_SCRIPT.find((question) => question.id === step)!;
}

/** Every field of the stage form, in the order the form shows them and reads them. */
export function formFields(script: Script = INTERVIEW_SCRIPT): ScriptField[] {
  return script.flatMap((question) =>
    question.fields.map((field, index) => ({
      ...field,
      kind: field.kind ?? question.id,
      required: index === 0 && question.required !== undefined,
    })),
  );
}

export function askedStep(step: StepId, stageName: string, isLastStage: boolean, t: Translator = ENGLISH): AskedStep {
  return { id: step, ...wordingOf(questionOf(step), stageName, isLastStage, t), skippable: isSkippable(step) };
}

/** Every question of a stage, in the order asked, worded for it. */
export function stageQuestions(stageName: string, isLastStage: boolean, t: Translator = ENGLISH): AskedStep[] {
  return STEP_IDS.map((step) => askedStep(step, stageName, isLastStage, t));
}

/** The stage form's fields, worded for a stage: the field holding an answer is labelled with its question. */
export function stageFields(
  stageName: string,
  isLastStage: boolean,
  t: Translator = ENGLISH,
  script: Script = INTERVIEW_SCRIPT,
): AskedField[] {
  return script.flatMap((question) => {
    const asked = wordingOf(question, stageName, isLastStage, t);
    return formFields([question]).map(({ name, blockId, input, required, label, hint }) => ({
      name,
      blockId,
      input,
      required,
      label: label ? t.t(label) : asked.question,
      hint: hint ? t.t(hint) : asked.hint,
    }));
  });
}

export function isSkippable(step: StepId): boolean {
  return questionOf(step).required === undefined;
}

/** Whether the step's answer is a point of the feeling scale, which the DM also offers as buttons. */
export function asksForFeeling(step: StepId): boolean {
  return questionOf(step).fields[0].input === 'feelingScale';
}

/** What the review shows of a stage's answers, one line per question that declares a review line. */
export function reviewLines(answers: Answers, script: Script = INTERVIEW_SCRIPT): string[] {
  return script.flatMap((question) => {
    const value = question.review === 'firstLine' ? answers[question.fields[0].name] : undefined;
    const line = typeof value === 'string' ? value.split('\n')[0] : undefined;
    return line ? [line] : [];
  });
}

/** "Stage 2 of 5: Consideration" */
export function stageHeading(stageIndex: number, stageCount: number, stageName: string, t: Translator = ENGLISH) {
  return t.t('interview.heading', { stageNumber: stageIndex + 1, stageCount, stageName });
}

function wordingOf(question: Question, stageName: string, isLastStage: boolean, t: Translator) {
  const asked = (isLastStage && question.lastStageQuestion) || question.question;
  return { question: t.t(asked, { stageName }), hint: t.t(question.hint) };
}
