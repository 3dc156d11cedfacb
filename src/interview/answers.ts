import type { Translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import { DEPARTMENTS, type Department } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import { ENGLISH } from './english.ts';
import {
  type AnswerItem,
  type Answers,
  type AnswerValue,
  EVERY_LANGUAGE,
  type Found,
  type InputValues,
} from './readers.ts';
import { DEPARTMENT_WORDS, SKIP_WORDS } from './reply-words.ts';
import {
  formFields,
  INTERVIEW_SCRIPT,
  isSkippable,
  type Question,
  questionOf,
  type Script,
  type ScriptField,
  type StepId,
} from './script.ts';

/** Messages to show next to the stage form's fields, by field name, in the map's language. */
export type FieldErrors = Record<string, string>;

export type ParsedAnswers = { ok: true; items: AnswerItem[] } | { ok: false; reason: string; fieldErrors: FieldErrors };

const DASHES = new Set(['-', '–', '—']);

const SKIP_REPLIES: ReadonlySet<string> = new Set(SKIP_WORDS.map(normaliseText));

/** "Sales team", "τμήμα πωλήσεων", "销售部": the department is the word without the team around it. */
const DEPARTMENT_AFFIXES = /^(?:τμημα|ομαδα)\s+|\s+(?:team|department|dept)$|(?:部门|部門|团队|團隊|部|组|組)$/u;

const DEPARTMENT_BY_KEY: ReadonlyMap<string, Department> = new Map(
  DEPARTMENTS.flatMap((department) =>
    [
      department,
      ...EVERY_LANGUAGE.map((t) => t.t(`common.departments.${department}`)),
      ...DEPARTMENT_WORDS[department],
    ].map((word) => [departmentKey(word), department] as const),
  ),
);

/**
 * The stage form's answers as items, in the script's order; `fieldErrors` are meant to be shown next to each
 * field, in `t`'s language. A question that cannot be skipped and got no item reports it on its answer's field.
 */
export function itemsFromAnswers(
  answers: Answers,
  t: Translator = ENGLISH,
  script: Script = INTERVIEW_SCRIPT,
): ParsedAnswers {
  const { items, fieldErrors } = collectItems(answers, formFields(script), t);
  for (const question of script) {
    if (question.required && !items.some((item) => item.kind === question.id)) {
      fieldErrors[question.fields[0].name] ??= t.t(question.required);
    }
  }
  return result(items, fieldErrors);
}

/** A chat reply to one step's question as items. A skip is not an answer: check `isSkipReply` first. */
export function itemsFromReply(step: StepId, text: string, t: Translator = ENGLISH): ParsedAnswers {
  const question = questionOf(step);
  const answerField = question.fields[0].name;
  const read = question.reply(text, t);
  if ('error' in read) return { ok: false, reason: read.error, fieldErrors: { [answerField]: read.error } };
  const { items, fieldErrors } = collectItems(replyAnswers(question, read), formFields([question]), t);
  if (items.length === 0 && Object.keys(fieldErrors).length === 0) {
    const reason = isSkippable(step)
      ? t.t('interview.invalid.noAnswerSkippable')
      : t.t('interview.invalid.noAnswerRequired');
    fieldErrors[answerField] = reason;
  }
  return result(items, fieldErrors);
}

/** The answers that give these items back: prefills the stage form when a stage is changed. */
export function answersFromItems(items: readonly AnswerItem[], script: Script = INTERVIEW_SCRIPT): Answers {
  return Object.fromEntries(formFields(script).map((field) => [field.name, field.read.value(items, field.kind)]));
}

/** "skip", "παράλειψη", "跳过", a dash…: the person leaves the question out, in whichever language they write. */
export function isSkipReply(text: string): boolean {
  const trimmed = text.trim();
  return DASHES.has(trimmed) || SKIP_REPLIES.has(normaliseText(trimmed));
}

/** A department named in a chat reply ("Sales", "human resources", "Πωλήσεις", "销售部"), or undefined. */
export function parseDepartment(text: string): Department | undefined {
  return DEPARTMENT_BY_KEY.get(departmentKey(text));
}

/** What to say when a reply names no department: the departments, in the map's language. */
export function departmentReplyHelp(t: Translator = ENGLISH): string {
  const departments = departmentList(DEPARTMENTS, t);
  return t.t('interview.department.replyHelp', { departments });
}

/** A reply's values by input, put on the question's first field of each input. */
function replyAnswers(question: Question, values: Partial<InputValues>): Answers {
  const answers: Record<string, AnswerValue | undefined> = {};
  for (const [input, value] of Object.entries(values)) {
    const field = question.fields.find((candidate) => candidate.input === input);
    if (field) answers[field.name] = value;
  }
  return answers;
}

function collectItems(answers: Answers, fields: readonly ScriptField[], t: Translator) {
  const items: AnswerItem[] = [];
  const fieldErrors: FieldErrors = {};
  for (const field of fields) {
    const found: Found = field.read.items(answers[field.name], field.kind, t);
    if (Array.isArray(found)) items.push(...found);
    else fieldErrors[field.name] = found.error;
  }
  return { items: withoutRepeats(items), fieldErrors };
}

/** One answer naming the same thing twice ("Website" ticked and "web site" typed) counts once. */
function withoutRepeats(items: AnswerItem[]): AnswerItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}\u0000${normaliseText(item.text) || item.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function result(items: AnswerItem[], fieldErrors: FieldErrors): ParsedAnswers {
  const reason = Object.values(fieldErrors)[0];
  return reason === undefined ? { ok: true, items } : { ok: false, reason, fieldErrors };
}

/** Lower case, no accents, no "team" around it: what department words are compared by. */
function departmentKey(text: string): string {
  return normaliseText(text).replace(DEPARTMENT_AFFIXES, '').trim();
}
