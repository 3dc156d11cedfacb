import { z } from 'zod';
import {
  type Answers,
  type FieldInput,
  formFields,
  INTERVIEW_SCRIPT,
  type InputValues,
  type Script,
} from '../../../interview/index.ts';

/**
 * What each input of the stage form sends in view.state.values (the element under action_id 'value'), read as the
 * value the script's readers take. The modal draws the same inputs (views/stage-modal.ts).
 */
const ELEMENT_VALUES: { [I in FieldInput]: z.ZodType<InputValues[I] | undefined> } = {
  text: z.object({ value: z.string().nullish() }).transform((element) => element.value ?? undefined),
  feelingScale: z
    .object({ selected_option: z.object({ value: z.string() }).nullish() })
    .transform((element) => wholeNumber(element.selected_option?.value)),
  touchpoints: z
    .object({ selected_options: z.array(z.object({ value: z.string() })).nullish() })
    .transform((element) => element.selected_options?.map((option) => option.value) ?? []),
};

/** Schemas are compiled on first use, so each script's is built once. */
const schemas = new WeakMap<Script, ReturnType<typeof buildSchema>>();

/**
 * view.state.values of the stage form: one input block per field of the script, each may be missing (Slack
 * leaves out what it did not render); a block of the wrong shape makes the whole form unreadable, and blocks the
 * script does not know are ignored.
 */
export function stageFormSchema(script: Script = INTERVIEW_SCRIPT) {
  let schema = schemas.get(script);
  if (!schema) {
    schema = buildSchema(script);
    schemas.set(script, schema);
  }
  return schema;
}

/** The stage form's answers by field name, or undefined when the values are not the form's. */
export function readStageValues(values: unknown, script: Script = INTERVIEW_SCRIPT): Answers | undefined {
  const parsed = stageFormSchema(script).safeParse(values);
  if (!parsed.success) return undefined;
  return Object.fromEntries(formFields(script).map((field) => [field.name, parsed.data[field.blockId]?.value]));
}

/** The input block of a field, where its errors are shown. */
export function blockIdOf(fieldName: string, script: Script = INTERVIEW_SCRIPT): string | undefined {
  return formFields(script).find((field) => field.name === fieldName)?.blockId;
}

/** Where an error about the whole form goes: the answer to the first question that cannot be skipped. */
export function wholeFormBlockId(script: Script = INTERVIEW_SCRIPT): string {
  const fields = formFields(script);
  return (fields.find((field) => field.required) ?? fields[0]!).blockId;
}

function buildSchema(script: Script) {
  const blocks = formFields(script).map(
    (field) => [field.blockId, z.object({ value: ELEMENT_VALUES[field.input] }).optional()] as const,
  );
  return z.object(Object.fromEntries(blocks));
}

function wholeNumber(text: string | undefined): number | undefined {
  const number = Number(text);
  return Number.isInteger(number) ? number : undefined;
}
