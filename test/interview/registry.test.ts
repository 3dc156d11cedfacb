// Walks the interview script: every question's words exist in every language, and the stage form, its reader and
// the answers follow the entries, including an entry this test adds.

import { describe, expect, it } from 'vitest';
import { LANGUAGES, type MessageKey, translator } from '../../src/i18n/index.ts';
import {
  answersFromItems,
  type FieldInput,
  formFields,
  INTERVIEW_SCRIPT,
  itemsFromAnswers,
  type Question,
  type Script,
} from '../../src/interview/index.ts';
import { LINES, replyAsText } from '../../src/interview/readers.ts';
import { readStageValues, stageFormSchema, wholeFormBlockId } from '../../src/slack/listeners/views/stage-form.ts';
import { stageModal } from '../../src/slack/views/stage-modal.ts';
import { inputBlockIds } from '../fuzz/modal-values.ts';
import { validateView } from '../slack-fake/block-kit.ts';
import { makeMap } from '../support/factories.ts';

const MAP = makeMap();

/** The stage form's block ids as shipped: forms open in Slack send these back, so none may change or go. */
const SHIPPED_BLOCK_IDS = [
  'goal',
  'action',
  'score',
  'thought',
  'touchpoints',
  'other_touchpoints',
  'obstacles',
  'ideas',
];

/** What Slack sends for each input, holding `value`. */
const SENT: Record<FieldInput, (value: string) => Record<string, unknown>> = {
  text: (value) => ({ type: 'plain_text_input', value }),
  feelingScale: (value) => ({ type: 'static_select', selected_option: { value } }),
  touchpoints: (value) => ({ type: 'multi_static_select', selected_options: [{ value }] }),
};
/** An answer each input takes. */
const VALID: Record<FieldInput, string> = { text: 'Compares plans', feelingScale: '3', touchpoints: 'website' };

/** A filled-in form for `script`, as Slack sends it; `typed` overrides what some blocks hold. */
function formValues(script: Script, typed: Record<string, string> = {}) {
  return Object.fromEntries(
    formFields(script).map((field) => [
      field.blockId,
      { value: SENT[field.input](typed[field.blockId] ?? VALID[field.input]) },
    ]),
  );
}

/** The catalog keys an entry names, with the ones that take the stage's name. */
function keysOf(question: Question): Array<{ key: MessageKey; namesStage: boolean }> {
  const [, ...extras] = question.fields;
  const asked = [question.question, question.lastStageQuestion].flatMap((key) => (key ? [key] : []));
  const plain = [question.hint, question.required, ...extras.flatMap((field) => [field.label, field.hint])];
  return [
    ...asked.map((key) => ({ key, namesStage: true })),
    ...plain.flatMap((key) => (key ? [{ key, namesStage: false }] : [])),
  ];
}

/** Stands in for a question someone adds: a required KPI question, worded with existing keys (catalogs are fixed). */
const KPI: Question = {
  id: 'kpi',
  question: 'interview.steps.goal.question',
  hint: 'interview.steps.goal.hint',
  required: 'interview.steps.action.required',
  fields: [{ name: 'kpis', blockId: 'kpis', input: 'text', read: LINES }],
  reply: replyAsText,
};
const WITH_KPI: Script = [...INTERVIEW_SCRIPT, KPI];

describe('the interview script', () => {
  it('has one entry per kind and one field per name and block id', () => {
    const fields = formFields();
    expect(new Set(INTERVIEW_SCRIPT.map((question) => question.id)).size).toBe(INTERVIEW_SCRIPT.length);
    expect(new Set(fields.map((field) => field.name)).size).toBe(fields.length);
    expect(new Set(fields.map((field) => field.blockId)).size).toBe(fields.length);
  });

  it('keeps the block ids that forms already open in Slack hold', () => {
    expect(formFields().map((field) => field.blockId)).toEqual(expect.arrayContaining(SHIPPED_BLOCK_IDS));
  });

  // Items keep only their kind: two fields reading one kind alike would both be prefilled with the same items.
  it('never reads one kind the same way in two fields', () => {
    const fields = formFields();
    for (const [index, field] of fields.entries()) {
      const twin = fields.slice(index + 1).find((other) => other.kind === field.kind && other.read === field.read);
      expect(twin?.name, field.name).toBeUndefined();
    }
  });

  it.each(LANGUAGES)('has every entry worded in %s, the stage name in each question', (language) => {
    const t = translator(language);
    for (const question of INTERVIEW_SCRIPT) {
      for (const { key, namesStage } of keysOf(question)) {
        const text = t.t(key, { stageName: 'STAGE' });
        expect(text.trim(), key).not.toBe('');
        if (namesStage) expect(text, key).toContain('STAGE');
      }
    }
  });

  it('puts every value a reply reader gives on a field of its question', () => {
    for (const question of INTERVIEW_SCRIPT) {
      const read = question.reply('3 they hesitate', translator('en'));
      const inputs = 'error' in read ? [] : Object.keys(read);
      expect(inputs.length, question.id).toBeGreaterThan(0);
      expect(
        question.fields.map((field) => field.input),
        question.id,
      ).toEqual(expect.arrayContaining(inputs));
    }
  });
});

describe.each([
  ['the interview', INTERVIEW_SCRIPT],
  ['the interview with a question added', WITH_KPI],
])('the stage form of %s', (_, script) => {
  const blockIds = formFields(script).map((field) => field.blockId);

  it.each(LANGUAGES)('has one input block per field, in order, valid in %s', (language) => {
    const modal = stageModal({ ...MAP, language }, 0, {}, script);
    const inputs = modal.blocks.flatMap((block) => (block.type === 'input' ? [block.block_id] : []));
    expect(inputs).toEqual(blockIds);
    expect(inputBlockIds(modal)).toEqual(new Set(blockIds));
    expect(validateView(modal)).toEqual([]);
  });

  it('reads exactly those blocks, by field name, and ignores any other', () => {
    expect(Object.keys(stageFormSchema(script).shape)).toEqual(blockIds);
    const answers = readStageValues({ ...formValues(script), stray: { value: SENT.text('x') } }, script);
    expect(Object.keys(answers ?? {})).toEqual(formFields(script).map((field) => field.name));
  });

  it('refuses the form when a block has the wrong shape', () => {
    expect(readStageValues(formValues(script), script)).toBeDefined();
    const broken = { ...formValues(script), [blockIds.at(-1)!]: { value: { value: 42 } } };
    expect(readStageValues(broken, script)).toBeUndefined();
  });
});

describe('a question added to the script', () => {
  const t = translator('en');

  it('shows in the form with its words, required as the entry says', () => {
    const modal = stageModal(MAP, 1, { kpis: 'Trial sign-ups' }, WITH_KPI);
    const kpis = modal.blocks.find((block) => block.type === 'input' && block.block_id === 'kpis');
    expect(kpis).toMatchObject({
      optional: false,
      label: { text: t.t('interview.steps.goal.question', { stageName: MAP.stages[1]!.name }) },
      element: { type: 'plain_text_input', action_id: 'value', initial_value: 'Trial sign-ups' },
    });
  });

  it('is read from the form into contributions and back into the form', () => {
    const typed = { kpis: 'Trial sign-ups\nConversion' };
    const answers = readStageValues(formValues(WITH_KPI, typed), WITH_KPI);
    const parsed = itemsFromAnswers(answers!, t, WITH_KPI);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.items.slice(-2)).toEqual([
      { kind: 'kpi', text: 'Trial sign-ups' },
      { kind: 'kpi', text: 'Conversion' },
    ]);
    expect(answersFromItems(parsed.items, WITH_KPI)).toMatchObject({ kpis: 'Trial sign-ups\nConversion' });
  });

  it('reports its missing answer on its own field', () => {
    const parsed = itemsFromAnswers({ action: 'Reads', score: 3 }, t, WITH_KPI);
    expect(!parsed.ok && parsed.fieldErrors).toEqual({ kpis: t.t('interview.steps.action.required') });
  });

  it('leaves errors about the whole form on the first answer the form cannot do without', () => {
    expect(wholeFormBlockId(WITH_KPI)).toBe('action');
  });
});
