import * as OpenCC from 'opencc-js/t2cn';
import { memoise } from './memoise.ts';

/**
 * The merge key: two texts with the same key are the same item on the map. The key is never shown
 * to anyone, so it may be ugly; it must only be stable and fold the variants people actually type.
 */

/** Phrases (as singular, lower-case tokens) that mean the same thing; the value is the canonical form. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['web site', 'website'],
  ['web page', 'webpage'],
  ['home page', 'homepage'],
  ['e mail', 'email'],
  ['livechat', 'live chat'],
  ['frequently asked question', 'faq'],
  ['sign up', 'signup'],
  ['log in', 'login'],
  ['sign in', 'login'],
  ['signin', 'login'],
  ['check out', 'checkout'],
  ['on boarding', 'onboarding'],
  ['e commerce', 'ecommerce'],
  ['phone call', 'call'],
  ['telephone call', 'call'],
];

/** Words ending in "s" that are not English plurals (or whose singular the rules below would get wrong). */
const NOT_PLURAL = new Set([
  'alias',
  'atlas',
  'bias',
  'canvas',
  'chaos',
  'christmas',
  'cosmos',
  'ethos',
  'iaas',
  'kudos',
  'news',
  'paas',
  'pancreas',
  'saas',
  'series',
  'species',
  'tennis',
  'axis',
  'iris',
  'chassis',
  'macos',
]);

/** Plurals whose singular ends in "ie" or "che": the "-ies" and "-ches" rules would cut them wrongly. */
const PLURAL_OF_IE_OR_E = new Set([
  'cookies',
  'movies',
  'selfies',
  'freebies',
  'newbies',
  'techies',
  'zombies',
  'rookies',
  'smoothies',
  'caches',
  'headaches',
  'niches',
  'avalanches',
]);

/** Shorter words ending in "s" are mostly not plurals ("bus", "gas", "yes", "its"). */
const MIN_PLURAL_LENGTH = 4;
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

const ASCII_WORD = /^[a-z]+$/;
const NON_ASCII = /[\u0080-\uffff]/;
/** Scripts whose accents people drop when typing; other scripts keep their marks (they change the letter). */
const ACCENTED_LETTER = /([\p{Script=Latin}\p{Script=Greek}])\p{Mn}+/gu;
const COMBINING_MARK = /\p{Mn}/u;
/** Apostrophes and invisible format characters join what they sit between ("customer's", zero-width joiners). */
const JOINERS = /['\u2018\u2019\u02bc\p{Cf}]/gu;
const SEPARATORS = /[\s\p{Z}\p{P}\p{S}\p{Cc}]+/u;
const HAN = /\p{Script=Han}/u;
/**
 * Built on the first Chinese text, not at start-up: building its tables takes some 10 MB for a moment, which a
 * process that never sees Chinese need not pay. The t2cn bundle has only this direction's tables (a tenth of all).
 */
let simplify: ((text: string) => string) | undefined;

/**
 * Traditional characters read as their Simplified forms (OpenCC's tables, character by character): 收銀台 and 收银台
 * are one word to a reader of either script, so they merge and match alike. 帳 becomes 帐 where the mainland writes
 * 账 (结账, 账号), so both spellings fold to one.
 */
function toSimplified(text: string): string {
  const convert = simplify ?? OpenCC.Converter({ from: 't', to: 'cn' });
  simplify = convert;
  return convert(text);
}

/** CJK text has no spaces between words, so a space typed between two characters means nothing. */
const SPACE_INSIDE_CJK =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/** Enough for every text of the busiest maps of a process; a key is a few hundred bytes at most. */
const REMEMBERED_KEYS = 50_000;

export const normaliseText: (text: string) => string = memoise(computeKey, REMEMBERED_KEYS);

function computeKey(text: string): string {
  // Most input is plain ASCII, where Unicode normalisation and the CJK rule change nothing: skip them.
  const ascii = !NON_ASCII.test(text);
  const letters = ascii ? text.toLowerCase() : foldLetters(text);
  const tokens = letters.replace(JOINERS, '').split(SEPARATORS).filter(Boolean).map(singular);
  const key = withoutLeadingArticle(withSynonyms(tokens)).join(' ');
  return ascii ? key : key.replace(SPACE_INSIDE_CJK, '');
}

/**
 * A text with case, width and (in Latin and Greek) accents folded, final sigma read as σ and Traditional Chinese
 * as Simplified, but not cut into words: "ΕΜΠΌΔΙΟ：" and "εμποδιο:" fold alike, and so do 障礙 and 障碍. For
 * matching words people type; the merge key is normaliseText.
 */
export function foldLetters(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const lower = text.normalize('NFKC').toLowerCase();
  const decomposed = lower.normalize('NFD');
  const unaccented = COMBINING_MARK.test(decomposed)
    ? decomposed.replace(ACCENTED_LETTER, '$1').normalize('NFC')
    : lower;
  const folded = unaccented.replaceAll('ς', 'σ').replaceAll('ß', 'ss');
  return HAN.test(folded) ? toSimplified(folded).replaceAll('账', '帐') : folded;
}

/** Conservative English singular: a word it cannot be sure about is left alone. */
function singular(word: string): string {
  if (word.length < MIN_PLURAL_LENGTH || !word.endsWith('s') || !ASCII_WORD.test(word) || NOT_PLURAL.has(word)) {
    return word;
  }
  if (PLURAL_OF_IE_OR_E.has(word)) return word.slice(0, -1);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('sis')) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > MIN_PLURAL_LENGTH) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

interface Synonym {
  phrase: string[];
  canonical: string[];
}

/** Synonyms by their first word, longest phrase first, so each word costs one lookup. */
const SYNONYMS_BY_FIRST_WORD = new Map<string, Synonym[]>();
for (const [phrase, canonical] of SYNONYMS) {
  const synonym = { phrase: phrase.split(' '), canonical: canonical.split(' ') };
  const [firstWord] = synonym.phrase;
  const candidates = SYNONYMS_BY_FIRST_WORD.get(firstWord!) ?? [];
  candidates.push(synonym);
  candidates.sort((a, b) => b.phrase.length - a.phrase.length);
  SYNONYMS_BY_FIRST_WORD.set(firstWord!, candidates);
}

function withSynonyms(tokens: string[]): string[] {
  if (!tokens.some((token) => SYNONYMS_BY_FIRST_WORD.has(token))) return tokens;
  const result: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const match = SYNONYMS_BY_FIRST_WORD.get(token)?.find(({ phrase }) =>
      phrase.every((word, offset) => tokens[index + offset] === word),
    );
    if (match) {
      result.push(...match.canonical);
      index += match.phrase.length;
    } else {
      result.push(token);
      index += 1;
    }
  }
  return result;
}

function withoutLeadingArticle(tokens: string[]): string[] {
  return tokens.length > 1 && LEADING_ARTICLES.has(tokens[0]!) ? tokens.slice(1) : tokens;
}
