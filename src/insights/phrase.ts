import { memoise } from '../journey/memoise.ts';
import { normaliseText } from '../journey/normalise.ts';

/**
 * Keyword phrases of the playbook, matched on normaliseText'd text. In scripts with spaces a phrase
 * matches whole words in a row; a word ending in `*` matches any word it starts ("delay*": delay,
 * delayed), a lone `*` matches any one word. In Chinese and Japanese, which have no spaces, a phrase
 * matches anywhere in the text.
 */
export type Phrase =
  | {
      source: string;
      weight: number;
      words: ReadonlyArray<{ text: string; isPrefix: boolean }>;
      /** A whole word the text must contain: most phrases are ruled out by one set lookup. */
      anchor: string | null;
    }
  | { source: string; weight: number; characters: string };

/** Normalised text, split once for all the phrases that are tried on it. */
export interface MatchableText {
  normalised: string;
  words: readonly string[];
  wordSet: ReadonlySet<string>;
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
      return parts.map((text, index) => ({ text, isPrefix: isPrefix && index === parts.length - 1 }));
    });
  if (words.every((word) => word.text === '')) return null;
  const anchor = words.find((word) => !word.isPrefix)?.text ?? null;
  return { source, weight: words.reduce((sum, word) => sum + [...word.text].length, 0), words, anchor };
}

export const matchableText: (text: string) => MatchableText = memoise(split, REMEMBERED_TEXTS);

function split(text: string): MatchableText {
  const normalised = normaliseText(text);
  const words = normalised === '' ? [] : normalised.split(' ');
  return { normalised, words, wordSet: new Set(words) };
}

export function phraseMatches(phrase: Phrase, text: MatchableText): boolean {
  if ('characters' in phrase) return text.normalised.includes(phrase.characters);
  const { words, anchor } = phrase;
  if (anchor !== null && !text.wordSet.has(anchor)) return false;
  for (let start = 0; start + words.length <= text.words.length; start++) {
    const fits = words.every(({ text: word, isPrefix }, offset) => {
      const candidate = text.words[start + offset]!;
      return isPrefix ? candidate.startsWith(word) : candidate === word;
    });
    if (fits) return true;
  }
  return false;
}

/** How strongly the phrases match: the summed weight (letters) of those that match, so longer phrases count more. */
export function phraseScore(phrases: readonly Phrase[], text: MatchableText): number {
  return phrases.reduce((score, phrase) => (phraseMatches(phrase, text) ? score + phrase.weight : score), 0);
}
