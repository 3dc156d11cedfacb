/**
 * How an answer is read. A form field's value or a DM reply becomes items (one thing said, of one kind), and the
 * items given before become the form's values again. The script (script.ts) names one reader for each of its
 * fields and one for each question's DM reply.
 */

import { LANGUAGES, type Translator, translator } from '../i18n/index.ts';
import { FEELING_SCALE } from '../journey/feelings.ts';
import { type Kind, MAX_TEXT_LENGTH } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import { ENGLISH } from './english.ts';
import { FEELING_WORDS_BY_SCORE } from './reply-words.ts';
import { TOUCHPOINTS, type Touchpoint, touchpointLabel } from './touchpoints.ts';

/** The stage form's inputs by the value each gives: text as typed, a point of the scale, touchpoints ticked. */
export interface InputValues {
  text: string;
  feelingScale: number;
  touchpoints: readonly string[];
}
export type FieldInput = keyof InputValues;
export type AnswerValue = InputValues[FieldInput];

/** A stage's answers by field name, as the stage form sends them. Free texts hold one item per line. */
export type Answers = { readonly [field: string]: AnswerValue | undefined };

/** One thing said, before it becomes a contribution with an id, an author and a time. */
export interface AnswerItem {
  kind: Kind;
  text: string;
  score?: number;
}

/** The items of a value, or why it cannot be taken, in the reader's language. */
export type Found = AnswerItem[] | { error: string };

/** How one form field's value becomes items of the field's kind, and how stored items give it back (a prefill). */
export interface FieldReader<I extends FieldInput = FieldInput> {
  /** The input whose value it reads. */
  readonly input: I;
  /** A value of another shape counts as no answer: the form reader only ever hands over the input's own shape. */
  items(value: AnswerValue | undefined, kind: Kind, t: Translator): Found;
  value(items: readonly AnswerItem[], kind: Kind): InputValues[I] | undefined;
}

/**
 * Reads a DM reply to one question as values by input; each value goes to the question's first field of that
 * input. Undefined values are not answers.
 */
export type ReplyReader = (text: string, t: Translator) => Partial<InputValues> | { error: string };

/** Every language's translator: replies are read in any language, whatever the map speaks. */
export const EVERY_LANGUAGE: readonly Translator[] = LANGUAGES.map((language) => translator(language));

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

/** Free text, one item a line: what the customer wants, does or thinks, what stops them, what would help. */
export const LINES: FieldReader<'text'> = {
  input: 'text',
  items: (value, kind, t) => textItems(kind, listItems(asText(value), LINE_BREAK), t),
  value: (items, kind) => joinedLines(textsOf(items, kind)),
};

/** A point of the feeling scale. */
export const FEELING_SCORE: FieldReader<'feelingScale'> = {
  input: 'feelingScale',
  items: (value, kind, t) => scoreItems(typeof value === 'number' ? value : undefined, kind, t),
  value: (items, kind) => items.find((item) => item.kind === kind)?.score,
};

/** Touchpoints ticked in the list, stored with their labels in the map's language. */
export const TOUCHPOINT_CHOICES: FieldReader<'touchpoints'> = {
  input: 'touchpoints',
  items: (value, kind, t) => cataloguedTouchpoints(typeof value === 'object' ? value : [], kind, t),
  value: (items, kind) =>
    textsOf(items, kind).flatMap((text) => {
      const touchpoint = TOUCHPOINT_BY_LABEL.get(text);
      return touchpoint ? [touchpoint.id] : [];
    }),
};

/** Touchpoints typed as a list. Known ones are stored as labels, so a prefill ticks them instead of listing them. */
export const TOUCHPOINT_LIST: FieldReader<'text'> = {
  input: 'text',
  items: (value, kind, t) => textItems(kind, touchpointTexts(asText(value), t), t),
  value: (items, kind) => joinedLines(textsOf(items, kind).filter((text) => !TOUCHPOINT_BY_LABEL.has(text))),
};

/** The reply as typed, for the question's text field. */
export const replyAsText: ReplyReader = (text) => ({ text });

/** A feeling first ("2", "😟", "bad"), for the feeling scale's field, then what they think, for the text field. */
export const replyAsFeeling: ReplyReader = (text, t) => {
  const feeling = parseFeeling(text);
  if (!feeling) return { error: t.t('interview.invalid.feelingReply') };
  return { feelingScale: feeling.score, text: feeling.thought };
};

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

/** Keyed the way replies are compared: lower case, no accents. */
function keyedBy<T>(entries: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> {
  return new Map(entries.map(([word, value]) => [normaliseText(word), value]));
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

function scoreItems(score: number | undefined, kind: Kind, t: Translator): Found {
  if (score === undefined) return [];
  if (!Number.isInteger(score) || score < 1 || score > 5) return { error: t.t('interview.invalid.feelingOutOfRange') };
  // The score is the feeling; words about it are separate 'thought' items.
  return [{ kind, text: '', score }];
}

function cataloguedTouchpoints(ids: readonly string[], kind: Kind, t: Translator): Found {
  const touchpoints = ids.map((id) => TOUCHPOINTS.find((touchpoint) => touchpoint.id === id));
  if (touchpoints.some((touchpoint) => !touchpoint)) return { error: t.t('interview.invalid.unknownTouchpoint') };
  return touchpoints.map((touchpoint) => ({ kind, text: touchpointLabel(touchpoint!, t) }));
}

function labelOf(touchpoint: Touchpoint | undefined, t: Translator): string | undefined {
  return touchpoint && touchpointLabel(touchpoint, t);
}

function asText(value: AnswerValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function listItems(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim().replace(BULLET, '').trim())
    .filter(Boolean);
}

function textsOf(items: readonly AnswerItem[], kind: Kind): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.text);
}

/** Unanswered fields stay out of a prefilled form. */
function joinedLines(texts: readonly string[]): string | undefined {
  return texts.join('\n') || undefined;
}

function feeling(score: number, rest: string): { score: number; thought: string } {
  return { score, thought: rest.replace(LEADING_SEPARATORS, '').trim() };
}

function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
