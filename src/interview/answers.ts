import { LANGUAGES, type Translator, translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import { DEPARTMENTS, type Department, type Kind, MAX_TEXT_LENGTH } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import { DEPARTMENT_WORDS, FEELING_WORDS_BY_SCORE, SKIP_WORDS } from './reply-words.ts';
import {
  ENGLISH,
  FEELING_SCALE,
  isSkippable,
  missingAnswerMessage,
  STEP_IDS,
  type StepId,
  TOUCHPOINTS,
  type Touchpoint,
  touchpointLabel,
} from './script.ts';

/** All answers of one stage at once, as the stage form sends them. Free texts hold one item per line. */
export interface StageAnswers {
  goal?: string;
  action?: string;
  score?: number;
  thought?: string;
  touchpointIds?: string[];
  otherTouchpoints?: string;
  obstacles?: string;
  ideas?: string;
}
export type AnswerField = keyof StageAnswers;
export type FieldErrors = Partial<Record<AnswerField, string>>;

/** One thing said, before it becomes a contribution with an id, an author and a time. */
export interface AnswerItem {
  kind: Kind;
  text: string;
  score?: number;
}

export type ParsedAnswers = { ok: true; items: AnswerItem[] } | { ok: false; reason: string; fieldErrors: FieldErrors };

/** The form field that carries each step's own kind; required steps report their errors there. */
const STEP_FIELD: Record<StepId, AnswerField> = {
  goal: 'goal',
  action: 'action',
  feeling: 'score',
  touchpoint: 'touchpointIds',
  obstacle: 'obstacles',
  idea: 'ideas',
};

/** Every language's translator: replies are read in any language, whatever the map speaks. */
const EVERY_LANGUAGE: readonly Translator[] = LANGUAGES.map((language) => translator(language));

const DASHES = new Set(['-', '–', '—']);

/** List markers people type in front of items: "- ", "* ", "• ", "1. ", "2) ", "１、", "一、". */
const BULLET = /^(?:[-*•‣◦・]|[\d０-９]{1,2}[.)．）、]|[一二三四五六七八九十][、.．])(?:\s+|$)/u;
/** Sentences (what the customer does, what stops them) are one per line; Chinese lists also use "；". */
const LINE_BREAK = /\r?\n|；/;
/** A list of touchpoints is separated by commas too, in every script's own punctuation. */
const LIST_SEPARATOR = /[\n,;，、；]/;
/** "and"/"or" inside a list of touchpoints; Chinese writes them without spaces ("官网和门店"). */
const AND_OR = /\s+(?:and|or|&|και|κι|ή)\s+|\s*(?:以及|和|及|與|与|或)\s*/iu;
const LEADING_ARTICLE = /^(?:a|an|the|ο|η|το|οι|τα|τον|την|τους|τις)\s+/iu;
/** A part shorter than this is a piece of a word the conjunction sat in ("参与" is not "参" + "与"), not an item. */
const MIN_PART_LENGTH = 2;

/**
 * A single score digit (full-width too), optionally "out of 5" or with "分" (points), not part of a longer number
 * ("25", "2.5") nor of "5分钟" (five minutes).
 */
const SCORE_DIGIT = /^([1-5１-５])(?:\s*[/／]\s*[5５])?(?!\s*分[钟鐘])(?:\s*分)?(?![\d０-９]|[.,．，][\d０-９])/u;
/** Where a leading feeling word ends and the thought after it starts: "very bad - they hate forms", "很差，担心". */
const FEELING_WORD_END = /\s+[-–—]\s+|[,;:.!?\n(–—，。；：！？（、~～]/u;
const LEADING_SEPARATORS = /^[\s,;:.!?)\-–—，。；：！？）、~～]+/u;
const VARIATION_SELECTOR = /\uFE0F/g;
const HAN_START = /^\p{Script=Han}/u;
const FULL_WIDTH_DIGIT = /[０-９]/g;

const FEELING_WORDS: ReadonlyMap<string, number> = keyedBy([
  ...FEELING_WORDS_BY_SCORE.flatMap(([score, words]) => words.map((word) => [word, score] as const)),
  ...FEELING_SCALE.flatMap(({ score }) =>
    EVERY_LANGUAGE.map((t) => [t.t(`common.feelings.score${score}`), score] as const),
  ),
]);

const SKIP_REPLIES: ReadonlySet<string> = new Set(SKIP_WORDS.map(normaliseText));

const TOUCHPOINT_BY_KEY: ReadonlyMap<string, Touchpoint> = keyedBy(
  TOUCHPOINTS.flatMap((touchpoint) =>
    [
      touchpoint.id.replaceAll('_', ' '),
      ...touchpoint.aliases,
      ...EVERY_LANGUAGE.map((t) => touchpointLabel(touchpoint, t)),
    ].map((word) => [word, touchpoint] as const),
  ),
);

/** A stored touchpoint text that is a label, in whichever language it was stored. */
const TOUCHPOINT_BY_LABEL: ReadonlyMap<string, Touchpoint> = new Map(
  TOUCHPOINTS.flatMap((touchpoint) => [
    ...EVERY_LANGUAGE.map((t) => [touchpointLabel(touchpoint, t), touchpoint] as const),
  ]),
);

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

/** The stage form's answers as items; `fieldErrors` are meant to be shown next to each field, in `t`'s language. */
export function itemsFromAnswers(answers: StageAnswers, t: Translator = ENGLISH): ParsedAnswers {
  const { items, fieldErrors } = collectItems(answers, t);
  for (const step of STEP_IDS) {
    const missing = missingAnswerMessage(step, t);
    if (missing && !items.some((item) => item.kind === step)) fieldErrors[STEP_FIELD[step]] ??= missing;
  }
  return result(items, fieldErrors);
}

/** A chat reply to one step's question as items. A skip is not an answer: check `isSkipReply` first. */
export function itemsFromReply(step: StepId, text: string, t: Translator = ENGLISH): ParsedAnswers {
  const answers = replyAsAnswers(step, text, t);
  if ('error' in answers)
    return { ok: false, reason: answers.error, fieldErrors: { [STEP_FIELD[step]]: answers.error } };
  const { items, fieldErrors } = collectItems(answers, t);
  if (items.length === 0 && Object.keys(fieldErrors).length === 0) {
    const reason = isSkippable(step)
      ? t.t('interview.invalid.noAnswerSkippable')
      : t.t('interview.invalid.noAnswerRequired');
    fieldErrors[STEP_FIELD[step]] = reason;
  }
  return result(items, fieldErrors);
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

/**
 * A feeling reply: a score 1-5 as a digit (full-width too), one of the scale's faces (as emoji or as the
 * `:shortcode:` Slack puts in message text) or a word such as "bad", "άσχημα" or "很差", then an optional thought.
 */
export function parseFeeling(text: string): { score: number; thought: string } | undefined {
  const trimmed = text.replace(VARIATION_SELECTOR, '').trim();
  const digit = SCORE_DIGIT.exec(trimmed);
  if (digit) return feeling(Number(asciiDigits(digit[1]!)), trimmed.slice(digit[0].length));
  for (const face of FEELING_SCALE) {
    const token = [face.emoji, `:${face.shortcode}:`].find((candidate) => trimmed.startsWith(candidate));
    if (token) return feeling(face.score, trimmed.slice(token.length));
  }
  const wordEnd = FEELING_WORD_END.exec(trimmed);
  const head = wordEnd ? trimmed.slice(0, wordEnd.index) : trimmed;
  const score = FEELING_WORDS.get(normaliseText(head));
  if (score !== undefined) return feeling(score, trimmed.slice(head.length));
  // Chinese has no spaces between words, so a space after a feeling word ends it: "很差 他们担心价格".
  const firstWord = HAN_START.test(head) ? head.split(/\s/, 1)[0]! : head;
  const firstScore = firstWord === head ? undefined : FEELING_WORDS.get(normaliseText(firstWord));
  return firstScore === undefined ? undefined : feeling(firstScore, trimmed.slice(firstWord.length));
}

/**
 * Touchpoint texts from a list ("website, reviews and a pricing calculator", "官网、小红书，朋友推荐") as catalogue
 * labels in `t`'s language or the words typed.
 */
export function touchpointTexts(text: string, t: Translator = ENGLISH): string[] {
  return listItems(text, LIST_SEPARATOR).flatMap((item) => {
    const parts = item.split(AND_OR).map((part) => part.replace(LEADING_ARTICLE, '').trim());
    // "website and email" is two touchpoints, "terms and conditions page" is one.
    // "website, reviews and a podcast" is three: once one part is a known touchpoint, every part is one.
    const catalogued = parts.map((part) => TOUCHPOINT_BY_KEY.get(normaliseText(part)));
    const isList = parts.length > 1 && catalogued.some(Boolean) && parts.every((p) => p.length >= MIN_PART_LENGTH);
    if (isList) return parts.map((part, index) => labelOf(catalogued[index], t) ?? part);
    return [labelOf(TOUCHPOINT_BY_KEY.get(normaliseText(item)), t) ?? item];
  });
}

/** The answers that give these items back: prefills the stage form when a stage is changed. */
export function answersFromItems(items: readonly AnswerItem[]): StageAnswers {
  const textsOf = (kind: Kind) => items.filter((item) => item.kind === kind).map((item) => item.text);
  const joined = (kind: Kind) => textsOf(kind).join('\n') || undefined;
  const touchpoints = textsOf('touchpoint');
  const catalogued = touchpoints.map((text) => TOUCHPOINT_BY_LABEL.get(text));
  return {
    goal: joined('goal'),
    action: joined('action'),
    score: items.find((item) => item.kind === 'feeling')?.score,
    thought: joined('thought'),
    touchpointIds: catalogued.flatMap((touchpoint) => (touchpoint ? [touchpoint.id] : [])),
    otherTouchpoints: touchpoints.filter((_, index) => !catalogued[index]).join('\n') || undefined,
    obstacles: joined('obstacle'),
    ideas: joined('idea'),
  };
}

function replyAsAnswers(step: StepId, text: string, t: Translator): StageAnswers | { error: string } {
  switch (step) {
    case 'goal':
      return { goal: text };
    case 'action':
      return { action: text };
    case 'feeling': {
      const parsed = parseFeeling(text);
      return parsed
        ? { score: parsed.score, thought: parsed.thought }
        : { error: t.t('interview.invalid.feelingReply') };
    }
    case 'touchpoint':
      return { otherTouchpoints: text };
    case 'obstacle':
      return { obstacles: text };
    case 'idea':
      return { ideas: text };
  }
}

type Found = AnswerItem[] | { error: string };

function collectItems(answers: StageAnswers, t: Translator): { items: AnswerItem[]; fieldErrors: FieldErrors } {
  const items: AnswerItem[] = [];
  const fieldErrors: FieldErrors = {};
  const add = (field: AnswerField, found: Found) => {
    if (Array.isArray(found)) items.push(...found);
    else fieldErrors[field] = found.error;
  };
  const lines = (kind: Kind, text: string | undefined) => textItems(kind, listItems(text, LINE_BREAK), t);
  add('goal', lines('goal', answers.goal));
  add('action', lines('action', answers.action));
  add('score', feelingItems(answers.score, t));
  add('thought', lines('thought', answers.thought));
  add('touchpointIds', cataloguedTouchpoints(answers.touchpointIds ?? [], t));
  add('otherTouchpoints', textItems('touchpoint', touchpointTexts(answers.otherTouchpoints ?? '', t), t));
  add('obstacles', lines('obstacle', answers.obstacles));
  add('ideas', lines('idea', answers.ideas));
  return { items: withoutRepeats(items), fieldErrors };
}

function textItems(kind: Kind, texts: string[], t: Translator): Found {
  const tooLong = texts.find((text) => text.length > MAX_TEXT_LENGTH);
  if (tooLong !== undefined) {
    // Strings, not numbers: "2001", never "2,001".
    const values = { length: String(tooLong.length), limit: String(MAX_TEXT_LENGTH) };
    return { error: t.t('interview.invalid.tooLong', values) };
  }
  return texts.map((text) => ({ kind, text }));
}

function feelingItems(score: number | undefined, t: Translator): Found {
  if (score === undefined) return [];
  if (!Number.isInteger(score) || score < 1 || score > 5) return { error: t.t('interview.invalid.feelingOutOfRange') };
  // The score is the feeling; words about it are separate 'thought' items.
  return [{ kind: 'feeling', text: '', score }];
}

function cataloguedTouchpoints(ids: readonly string[], t: Translator): Found {
  const touchpoints = ids.map((id) => TOUCHPOINTS.find((touchpoint) => touchpoint.id === id));
  if (touchpoints.some((touchpoint) => !touchpoint)) return { error: t.t('interview.invalid.unknownTouchpoint') };
  return touchpoints.map((touchpoint) => ({ kind: 'touchpoint', text: touchpointLabel(touchpoint!, t) }));
}

function labelOf(touchpoint: Touchpoint | undefined, t: Translator): string | undefined {
  return touchpoint && touchpointLabel(touchpoint, t);
}

function listItems(text: string | undefined, separator: RegExp): string[] {
  return (text ?? '')
    .split(separator)
    .map((item) => item.trim().replace(BULLET, '').trim())
    .filter(Boolean);
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

function feeling(score: number, rest: string): { score: number; thought: string } {
  return { score, thought: rest.replace(LEADING_SEPARATORS, '').trim() };
}

function result(items: AnswerItem[], fieldErrors: FieldErrors): ParsedAnswers {
  const reason = Object.values(fieldErrors)[0];
  return reason === undefined ? { ok: true, items } : { ok: false, reason, fieldErrors };
}

/** Lower case, no accents, no "team" around it: what department words are compared by. */
function departmentKey(text: string): string {
  return normaliseText(text).replace(DEPARTMENT_AFFIXES, '').trim();
}

function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function keyedBy<T>(entries: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> {
  return new Map(entries.map(([word, value]) => [normaliseText(word), value]));
}
