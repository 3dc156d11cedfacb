import { memoise } from '../journey/memoise.ts';
import { normaliseText } from '../journey/normalise.ts';
import { greekStem } from './greek-stem.ts';

/**
 * Keyword phrases of the playbook, matched on normaliseText'd text. In scripts with spaces a phrase
 * matches whole words in a row; a word ending in `*` matches any word it starts ("delay*": delay,
 * delayed), a lone `*` matches any one word. A Greek word matches its other inflections (ουρα: ουρεσ,
 * ουρων), compared by greekStem. In Chinese and Japanese, which have no spaces, a phrase matches
 * anywhere in the text.
 */
export type Phrase =
  | {
      source: string;
      weight: number;
      words: ReadonlyArray<{ text: string; isPrefix: boolean }>;
      /** The stem of a whole word the text must contain: most phrases are ruled out by one set lookup. */
      anchor: string | null;
    }
  | { source: string; weight: number; characters: string };

/** Normalised text, split once for all the phrases that are tried on it. */
export interface MatchableText {
  normalised: string;
  words: readonly string[];
  /** Each word's stem (greekStem), in the same order: whole words of a phrase are compared by these. */
  stems: readonly string[];
  stemSet: ReadonlySet<string>;
  /** Where each word starts in `normalised`, so a match of words and one of characters say where alike. */
  offsets: readonly number[];
}

/** Where a phrase matched: characters `start` (inclusive) to `end` (exclusive) of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

const STEM_MARK = '*';
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Touchpoints are compiled as phrases on every summary; the same few come back each time. */
const REMEMBERED_TEXTS = 20_000;

/** Null when nothing is left to match once normalised. */
export const compilePhrase: (source: string) => Phrase | null = memoise(compile, REMEMBERED_TEXTS);

function compile(source: string): Phrase | null {
  if (UNSPACED_SCRIPT.test(source)) {
    const characters = normaliseText(source);
    return characters === '' ? null : { source, weight: [...characters].length, characters };
  }
  const words = source
    .trim()
    .split(/\s+/)
    .flatMap((token) => {
      const isPrefix = token.endsWith(STEM_MARK);
      const stem = isPrefix ? token.slice(0, -STEM_MARK.length) : token;
      if (stem === '') return isPrefix ? [{ text: '', isPrefix }] : [];
      const parts = normaliseText(stem).split(' ').filter(Boolean);
      return parts.map((text, index) => {
        const prefix = isPrefix && index === parts.length - 1;
        return { text: prefix ? text : greekStem(text), isPrefix: prefix };
      });
    });
  if (words.every((word) => word.text === '')) return null;
  const anchor = words.find((word) => !word.isPrefix)?.text ?? null;
  // The letters as written, not the stems: ουρεσ weighs as much as it did before Greek was stemmed.
  const weight = [...normaliseText(source).replaceAll(' ', '')].length;
  return { source, weight, words, anchor };
}

/** What a phrase matches, as one string: terms with the same key (ουρα and ουρεσ, both the stem ουρ) match alike. */
export function phraseKey(phrase: Phrase): string {
  if ('characters' in phrase) return phrase.characters;
  return phrase.words.map((word) => (word.isPrefix ? `${word.text}*` : word.text)).join(' ');
}

export const matchableText: (text: string) => MatchableText = memoise(split, REMEMBERED_TEXTS);

function split(text: string): MatchableText {
  const normalised = normaliseText(text);
  const words = normalised === '' ? [] : normalised.split(' ');
  const stems = words.map(greekStem);
  const offsets: number[] = [];
  let offset = 0;
  for (const word of words) {
    offsets.push(offset);
    offset += word.length + 1;
  }
  return { normalised, words, stems, stemSet: new Set(stems), offsets };
}

/** The first place the phrase matches, or null. */
export function phraseSpan(phrase: Phrase, text: MatchableText): Span | null {
  if ('characters' in phrase) {
    const start = text.normalised.indexOf(phrase.characters);
    return start < 0 ? null : { start, end: start + phrase.characters.length };
  }
  const { words, anchor } = phrase;
  if (anchor !== null && !text.stemSet.has(anchor)) return null;
  for (let start = 0; start + words.length <= text.words.length; start++) {
    const fits = words.every(({ text: word, isPrefix }, offset) =>
      isPrefix ? text.words[start + offset]!.startsWith(word) : text.stems[start + offset] === word,
    );
    if (fits) return wordsSpan(text, start, start + words.length);
  }
  return null;
}

function wordsSpan(text: MatchableText, first: number, afterLast: number): Span {
  const start = text.offsets[first]!;
  return { start, end: text.offsets[afterLast - 1]! + text.words[afterLast - 1]!.length };
}

export function phraseMatches(phrase: Phrase, text: MatchableText): boolean {
  return phraseSpan(phrase, text) !== null;
}

/** How strongly the phrases match: the summed weight (letters) of those that match, so longer phrases count more. */
export function phraseScore(phrases: readonly Phrase[], text: MatchableText): number {
  return phrases.reduce((score, phrase) => (phraseMatches(phrase, text) ? score + phrase.weight : score), 0);
}
