import { DEPARTMENT_LABELS, DEPARTMENTS, type Department, type Kind, MAX_TEXT_LENGTH } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import {
  FEELING_SCALE,
  isSkippable,
  missingAnswerMessage,
  STEP_IDS,
  type StepId,
  TOUCHPOINTS,
  type Touchpoint,
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

const FEELING_REPLY_HELP =
  'Start with a number from 1 😫 (very negative) to 5 😍 (very positive), or a word like "bad" or "good". ' +
  'You can add what they are thinking after it: "2 they worry about the price".';
const UNKNOWN_TOUCHPOINT = 'Pick touchpoints from the list; anything else goes under "Other".';

const SKIP_REPLIES = new Set(['skip', 'pass', 'n a', 'na', 'none', 'nothing', 'no idea', 'idk', 'dont know']);
const DASHES = new Set(['-', '–', '—']);

/** List markers people type in front of items: "- ", "* ", "• ", "1. ", "2) ". */
const BULLET = /^(?:[-*•‣◦]|\d{1,2}[.)])(?:\s+|$)/;
const LINE_BREAK = /\r?\n/;
const LIST_SEPARATOR = /[\n,;]/;
const AND_OR = /\s+(?:and|or|&)\s+/i;
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;

/** A single score digit, optionally "out of 5", not part of a longer number ("25", "2.5"). */
const SCORE_DIGIT = /^([1-5])(?:\s*\/\s*5)?(?!\d|[.,]\d)/;
/** Where a leading feeling word ends and the thought after it starts: "very bad - they hate forms". */
const FEELING_WORD_END = /\s+[-–—]\s+|[,;:.!?\n(–—]/;
const LEADING_SEPARATORS = /^[\s,;:.!?)\-–—]+/;
const VARIATION_SELECTOR = /\uFE0F/g;

const FEELING_WORDS_BY_SCORE: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['very bad', 'very unhappy', 'terrible', 'awful', 'horrible', 'furious', 'hate it', 'worst']],
  [2, ['bad', 'unhappy', 'poor', 'not good', 'frustrated', 'annoyed', 'worried', 'anxious', 'confused']],
  [3, ['ok', 'okay', 'meh', 'so so', 'mixed', 'fine', 'not bad', 'average', 'indifferent']],
  [4, ['good', 'happy', 'pleased', 'satisfied', 'content']],
  [5, ['very good', 'very happy', 'great', 'excellent', 'amazing', 'awesome', 'delighted', 'love it']],
  ...FEELING_SCALE.map(({ score, label }) => [score, [label]] as const),
];
const FEELING_WORDS: ReadonlyMap<string, number> = keyedBy(
  FEELING_WORDS_BY_SCORE.flatMap(([score, words]) => words.map((word) => [word, score] as const)),
);

const TOUCHPOINT_BY_KEY: ReadonlyMap<string, Touchpoint> = keyedBy(
  TOUCHPOINTS.flatMap((touchpoint) =>
    [touchpoint.id.replaceAll('_', ' '), touchpoint.label, ...touchpoint.aliases].map(
      (word) => [word, touchpoint] as const,
    ),
  ),
);

const DEPARTMENT_BY_KEY: ReadonlyMap<string, Department> = keyedBy<Department>([
  ...DEPARTMENTS.flatMap((department) => [
    [department, department] as const,
    [DEPARTMENT_LABELS[department], department] as const,
  ]),
  ['human resources', 'hr'],
  ['people', 'hr'],
  ['ops', 'operations'],
  ['customer support', 'support'],
  ['customer service', 'support'],
  ['customer success', 'support'],
  ['engineering', 'product'],
  ['design', 'product'],
  ['accounting', 'finance'],
]);

/** The stage form's answers as items; `fieldErrors` are meant to be shown next to each field. */
export function itemsFromAnswers(answers: StageAnswers): ParsedAnswers {
  const { items, fieldErrors } = collectItems(answers);
  for (const step of STEP_IDS) {
    const missing = missingAnswerMessage(step);
    if (missing && !items.some((item) => item.kind === step)) fieldErrors[STEP_FIELD[step]] ??= missing;
  }
  return result(items, fieldErrors);
}

/** A chat reply to one step's question as items. A skip is not an answer: check `isSkipReply` first. */
export function itemsFromReply(step: StepId, text: string): ParsedAnswers {
  const answers = replyAsAnswers(step, text);
  if ('error' in answers)
    return { ok: false, reason: answers.error, fieldErrors: { [STEP_FIELD[step]]: answers.error } };
  const { items, fieldErrors } = collectItems(answers);
  if (items.length === 0 && Object.keys(fieldErrors).length === 0) {
    const reason = isSkippable(step)
      ? 'I did not catch an answer there. Reply with your answer, or "skip" to leave this question out.'
      : 'I did not catch an answer there. Reply with your answer to the question above.';
    fieldErrors[STEP_FIELD[step]] = reason;
  }
  return result(items, fieldErrors);
}

export function isSkipReply(text: string): boolean {
  const trimmed = text.trim();
  return DASHES.has(trimmed) || SKIP_REPLIES.has(normaliseText(trimmed));
}

/** A department named in a chat reply ("Sales", "human resources"), or undefined. */
export function parseDepartment(text: string): Department | undefined {
  return DEPARTMENT_BY_KEY.get(normaliseText(text));
}

export const DEPARTMENT_REPLY_HELP = `Reply with one of: ${DEPARTMENTS.map((d) => DEPARTMENT_LABELS[d]).join(', ')}.`;

/**
 * A feeling reply: a score 1-5 as a digit, one of the scale's faces (as emoji or as the
 * `:shortcode:` Slack puts in message text) or a word such as "bad", then an optional thought.
 */
export function parseFeeling(text: string): { score: number; thought: string } | undefined {
  const trimmed = text.replace(VARIATION_SELECTOR, '').trim();
  const digit = SCORE_DIGIT.exec(trimmed);
  if (digit) return feeling(Number(digit[1]), trimmed.slice(digit[0].length));
  for (const face of FEELING_SCALE) {
    const token = [face.emoji, `:${face.shortcode}:`].find((candidate) => trimmed.startsWith(candidate));
    if (token) return feeling(face.score, trimmed.slice(token.length));
  }
  const wordEnd = FEELING_WORD_END.exec(trimmed);
  const head = wordEnd ? trimmed.slice(0, wordEnd.index) : trimmed;
  const score = FEELING_WORDS.get(normaliseText(head));
  return score === undefined ? undefined : feeling(score, trimmed.slice(head.length));
}

/** Touchpoint texts from a list ("website, reviews and a pricing calculator") as catalogue labels or the words typed. */
export function touchpointTexts(text: string): string[] {
  return listItems(text, LIST_SEPARATOR).flatMap((item) => {
    const parts = item.split(AND_OR);
    // "website and email" is two touchpoints, "terms and conditions page" is one.
    // "website, reviews and a podcast" is three: once one part is a known touchpoint, every part is one.
    const catalogued = parts.map((part) => TOUCHPOINT_BY_KEY.get(normaliseText(part)));
    if (parts.length > 1 && catalogued.some(Boolean)) {
      return parts.map((part, index) => catalogued[index]?.label ?? part.replace(LEADING_ARTICLE, '').trim());
    }
    return [TOUCHPOINT_BY_KEY.get(normaliseText(item))?.label ?? item];
  });
}

/** The answers that give these items back: prefills the stage form when a stage is changed. */
export function answersFromItems(items: readonly AnswerItem[]): StageAnswers {
  const textsOf = (kind: Kind) => items.filter((item) => item.kind === kind).map((item) => item.text);
  const joined = (kind: Kind) => textsOf(kind).join('\n') || undefined;
  const touchpoints = textsOf('touchpoint');
  const catalogued = touchpoints.map((text) => TOUCHPOINTS.find((touchpoint) => touchpoint.label === text));
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

function replyAsAnswers(step: StepId, text: string): StageAnswers | { error: string } {
  switch (step) {
    case 'goal':
      return { goal: text };
    case 'action':
      return { action: text };
    case 'feeling': {
      const parsed = parseFeeling(text);
      return parsed ? { score: parsed.score, thought: parsed.thought } : { error: FEELING_REPLY_HELP };
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

function collectItems(answers: StageAnswers): { items: AnswerItem[]; fieldErrors: FieldErrors } {
  const items: AnswerItem[] = [];
  const fieldErrors: FieldErrors = {};
  const add = (field: AnswerField, found: Found) => {
    if (Array.isArray(found)) items.push(...found);
    else fieldErrors[field] = found.error;
  };
  add('goal', textItems('goal', listItems(answers.goal, LINE_BREAK)));
  add('action', textItems('action', listItems(answers.action, LINE_BREAK)));
  add('score', feelingItems(answers.score));
  add('thought', textItems('thought', listItems(answers.thought, LINE_BREAK)));
  add('touchpointIds', cataloguedTouchpoints(answers.touchpointIds ?? []));
  add('otherTouchpoints', textItems('touchpoint', touchpointTexts(answers.otherTouchpoints ?? '')));
  add('obstacles', textItems('obstacle', listItems(answers.obstacles, LINE_BREAK)));
  add('ideas', textItems('idea', listItems(answers.ideas, LINE_BREAK)));
  return { items: withoutRepeats(items), fieldErrors };
}

function textItems(kind: Kind, texts: string[]): Found {
  const tooLong = texts.find((text) => text.length > MAX_TEXT_LENGTH);
  if (tooLong !== undefined) {
    return {
      error: `One item is ${tooLong.length} characters long; the limit is ${MAX_TEXT_LENGTH}. Shorten it or split it over several lines.`,
    };
  }
  return texts.map((text) => ({ kind, text }));
}

function feelingItems(score: number | undefined): Found {
  if (score === undefined) return [];
  if (!Number.isInteger(score) || score < 1 || score > 5) return { error: 'Pick a feeling from 1 😫 to 5 😍.' };
  // The score is the feeling; words about it are separate 'thought' items.
  return [{ kind: 'feeling', text: '', score }];
}

function cataloguedTouchpoints(ids: readonly string[]): Found {
  const touchpoints = ids.map((id) => TOUCHPOINTS.find((touchpoint) => touchpoint.id === id));
  if (touchpoints.some((touchpoint) => !touchpoint)) return { error: UNKNOWN_TOUCHPOINT };
  return touchpoints.map((touchpoint) => ({ kind: 'touchpoint', text: touchpoint!.label }));
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

function keyedBy<T>(entries: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> {
  return new Map(entries.map(([word, value]) => [normaliseText(word), value]));
}
