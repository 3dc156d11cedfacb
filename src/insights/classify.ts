import { memoise } from '../journey/memoise.ts';
import type { Family } from './families.ts';
import { type MatchableText, matchableText, type Phrase, phraseSpan } from './phrase.ts';

/** What the map says about where an obstacle was raised: its goal, persona, stage and the stage's touchpoints. */
export interface ObstacleSetting {
  goal: string;
  persona: string;
  stageName: string;
  touchpoints: readonly string[];
}

/** One problem read from an answer, with the family it belongs to, or null when no family fits well enough. */
export interface Problem {
  text: string;
  family: Family | null;
}

/**
 * Weights of the evidence: a strong phrase names the family by itself; what is affected and what goes wrong count
 * only together; context from the map tips a close call; a term that rules the family out outweighs the rest.
 */
const WEIGHT = { strong: 4, subject: 2, problem: 2, context: 1, against: -4, againstInSetting: -1 } as const;
/** More than one term of a kind adds weight, up to this many: two subjects say more than one, ten not much more. */
const COUNTED_MATCHES = 2;
/** Below this the engine says it has no specific fix rather than guess. */
const MIN_SCORE = 4;
/** A family must lead the next one by this much: two readings that close are no verdict. */
const MIN_MARGIN = 1;

/**
 * Abbreviations typed with a full stop that does not end the sentence: "τηλ. κέντρο" is one phone centre, "e.g. the
 * app" one example (a single letter covers e.g., i.e. and π.χ.).
 */
const ABBREVIATIONS = [
  'τηλ',
  'κλπ',
  'δηλ',
  'αρ',
  'etc',
  'approx',
  'vs',
  'tel',
  'dept',
  'min',
  'mins',
  'hr',
  'hrs',
  'no',
];
const ABBREVIATED = `(?<!\\p{L})(?:\\p{L}|${ABBREVIATIONS.join('|')})`;
/** A full stop ends a sentence, but not inside a number (£19.99, 2.5 GB) or after an abbreviation. */
const SENTENCE_BREAK = new RegExp(`[\\n!?;。！？；]+|(?<!${ABBREVIATED})\\.+(?!\\d)|\\s[-–—]\\s`, 'iu');
const LIST_BREAK =
  /[,，、/+&]|\s(?:and|also|plus|και|κι|επίσης|επισης|ή|αλλά|αλλα|ενώ|ενω|όμως|ομως|ακόμα και|ακομα και)\s/iu;
const HAN = /\p{Script=Han}/u;
/**
 * Chinese conjunctions between two problems, in both scripts. They are found as words by Intl.Segmenter, so 和 splits
 * 排队和停车 but not 暖和, and 但 not 但愿.
 */
const CHINESE_CONJUNCTIONS = new Set(
  ['和', '及', '与', '與', '以及', '还有', '還有', '而且', '另外', '但是', '但', '然后', '然後', '并且', '並且'].concat(
    ['同时', '同時', '加上', '再加上', '况且', '況且'],
  ),
);
const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** A Chinese clause cut at its conjunctions; the conjunctions themselves are dropped. */
function splitAtChineseConjunctions(clause: string): string[] {
  const parts = [''];
  for (const { segment } of chineseWords.segment(clause)) {
    if (CHINESE_CONJUNCTIONS.has(segment)) parts.push('');
    else parts[parts.length - 1] += segment;
  }
  return parts;
}

/** What a cut can leave at either end of a piece: spaces, dashes, colons, arrows and bullets. */
const LOOSE_ENDS = /^[\s=:>\-–—•·*]+|[\s=:\-–—•·*]+$/gu;
/** Quote marks and what closes each: one left without its partner by a cut is dropped. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["'", "'"],
  ['"', '"'],
  ['‘', '’'],
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** More of `mark` in the piece than of its partner (an odd number when they are one character): a cut split them. */
function unpaired(piece: string, mark: string, partner: string): boolean {
  return mark === partner ? count(piece, mark) % 2 === 1 : count(piece, mark) > count(piece, partner);
}

/** True when the piece starts with a quote mark that nothing in it closes, or with a closing one. */
function strayAtStart(piece: string, [open, close]: readonly [string, string]): boolean {
  return (open !== close && piece.startsWith(close)) || (piece.startsWith(open) && unpaired(piece, open, close));
}

/** True when the piece ends with a quote mark that nothing in it opened, or with an opening one. */
function strayAtEnd(piece: string, [open, close]: readonly [string, string]): boolean {
  return (open !== close && piece.endsWith(open)) || (piece.endsWith(close) && unpaired(piece, close, open));
}

/**
 * A sentence or clause as it is quoted back: cutting "'γιατι πληρωσα;' = 60% των κλησεων" at its question mark
 * must not leave "' = 60% των κλησεων".
 */
function tidyPiece(piece: string): string {
  let tidy = piece.replace(LOOSE_ENDS, '');
  for (const pair of QUOTE_PAIRS) {
    if (strayAtStart(tidy, pair)) tidy = tidy.slice(1).replace(LOOSE_ENDS, '');
    if (strayAtEnd(tidy, pair)) tidy = tidy.slice(0, -1).replace(LOOSE_ENDS, '');
  }
  return tidy;
}

/** A clause's candidate problems: cut at list separators and conjunctions of every language. */
function clauseParts(clause: string): string[] {
  return clause
    .split(LIST_BREAK)
    .flatMap((part) => (part && HAN.test(part) ? splitAtChineseConjunctions(part) : [part ?? '']))
    .map(tidyPiece)
    .filter((part) => [...part].length >= 2);
}

/**
 * How many terms of one kind match, counting one stretch of text once: ουρα and ουρεσ (one stem), 排队 and 排隊 (one
 * word in two scripts) or αργ* and αργει, matching the same word, are one piece of evidence.
 */
function matches(phrases: readonly Phrase[], text: MatchableText): number {
  const places = new Set<string>();
  for (const phrase of phrases) {
    const span = phraseSpan(phrase, text);
    if (span && places.add(`${span.start}:${span.end}`).size === COUNTED_MATCHES) break;
  }
  return places.size;
}

/** The family's score for one problem, or null when its evidence does not hold (a strong phrase, or both halves). */
function familyScore(family: Family, text: MatchableText, setting: MatchableText): number | null {
  const { evidence } = family;
  const strong = matches(evidence.strong, text);
  const subject = matches(evidence.subject, text);
  const problem = matches(evidence.problem, text);
  if (strong === 0 && (subject === 0 || problem === 0)) return null;
  let score = WEIGHT.strong * strong + WEIGHT.subject * subject + WEIGHT.problem * problem;
  if (matches(evidence.context, setting) > 0 || matches(evidence.context, text) > 0) score += WEIGHT.context;
  if (matches(evidence.against, text) > 0) score += WEIGHT.against;
  else if (matches(evidence.against, setting) > 0) score += WEIGHT.againstInSetting;
  return score;
}

/** The best family for one problem: null below the threshold, and null when another comes too close to tell. */
function bestFamily(families: readonly Family[], text: string, setting: MatchableText): Family | null {
  const matchable = matchableText(text);
  let best: Family | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (const family of families) {
    const score = familyScore(family, matchable, setting);
    if (score === null) continue;
    if (score > bestScore) [best, bestScore, runnerUp] = [family, score, bestScore];
    else if (score > runnerUp) runnerUp = score;
  }
  return bestScore >= MIN_SCORE && bestScore - runnerUp >= MIN_MARGIN ? best : null;
}

function settingText(setting: ObstacleSetting): string {
  return [setting.goal, setting.persona, setting.stageName, ...setting.touchpoints].join(' \n ');
}

/**
 * A clause split at list separators and conjunctions when its parts are different problems (each part fits a
 * family of its own), or when only a part fits a family and the whole fits none (the rest is venting or detail);
 * kept whole otherwise, so "search and filters are broken" stays one problem.
 */
function clauseProblems(families: readonly Family[], clause: string, setting: MatchableText): Problem[] {
  const whole = { text: clause, family: bestFamily(families, clause, setting) };
  const parts = clauseParts(clause);
  if (parts.length < 2) return [whole];
  const read = parts.map((part) => ({ text: part, family: bestFamily(families, part, setting) }));
  const found = read.filter((problem) => problem.family !== null);
  const distinct = new Set(found.map((problem) => problem.family?.id));
  return distinct.size >= 2 || (whole.family === null && found.length > 0) ? found : [whole];
}

/**
 * The separate problems in one answer, each with its family: sentences first, then clauses of a sentence. When no
 * sentence fits a family alone, the answer as a whole is tried (the evidence may span two sentences).
 */
export function readProblems(families: readonly Family[], answer: string, setting: ObstacleSetting): Problem[] {
  const settingMatchable = matchableText(settingText(setting));
  const sentences = answer.split(SENTENCE_BREAK).map(tidyPiece).filter(Boolean);
  const problems = sentences.flatMap((sentence) => clauseProblems(families, sentence, settingMatchable));
  if (problems.some((problem) => problem.family !== null) || sentences.length < 2) return problems;
  const whole = bestFamily(families, answer, settingMatchable);
  return whole ? [{ text: answer.trim(), family: whole }] : problems;
}

/** Obstacles are read again on every summary and digest; the answers for the same text and setting are kept. */
const REMEMBERED = 20_000;
const readers = new WeakMap<readonly Family[], (key: string) => Problem[]>();

export function rememberedProblems(families: readonly Family[], answer: string, setting: ObstacleSetting): Problem[] {
  let read = readers.get(families);
  if (!read) {
    read = memoise((key) => {
      const [text, json] = key.split('\u0000') as [string, string];
      return readProblems(families, text, JSON.parse(json) as ObstacleSetting);
    }, REMEMBERED);
    readers.set(families, read);
  }
  return read(`${answer}\u0000${JSON.stringify(setting)}`);
}
