import { memoise } from '../journey/memoise.ts';
import type { Family } from './families.ts';
import { type MatchableText, matchableText, type Phrase, phraseMatches } from './phrase.ts';

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

const SENTENCE_BREAK = /[\n.!?;。！？；]+|\s[-–—]\s/u;
const LIST_BREAK =
  /[,，、/]|\s(?:and|also|plus|και|κι|επίσης|επισης|ή)\s|還有|还有|以及|而且|另外|和|及|與|与|\s\+\s|&/iu;

function matches(phrases: readonly Phrase[], text: MatchableText): number {
  let count = 0;
  for (const phrase of phrases) if (phraseMatches(phrase, text) && ++count === COUNTED_MATCHES) break;
  return count;
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
 * family of its own); kept whole otherwise, so "search and filters are broken" stays one problem.
 */
function clauseProblems(families: readonly Family[], clause: string, setting: MatchableText): Problem[] {
  const whole = { text: clause, family: bestFamily(families, clause, setting) };
  const parts = clause
    .split(LIST_BREAK)
    .map((part) => part?.trim() ?? '')
    .filter((part) => [...part].length >= 2);
  if (parts.length < 2) return [whole];
  const read = parts.map((part) => ({ text: part, family: bestFamily(families, part, setting) }));
  const distinct = new Set(read.flatMap((problem) => (problem.family ? [problem.family.id] : [])));
  return distinct.size >= 2 ? read.filter((problem) => problem.family !== null) : [whole];
}

/**
 * The separate problems in one answer, each with its family: sentences first, then clauses of a sentence. When no
 * sentence fits a family alone, the answer as a whole is tried (the evidence may span two sentences).
 */
export function readProblems(families: readonly Family[], answer: string, setting: ObstacleSetting): Problem[] {
  const settingMatchable = matchableText(settingText(setting));
  const sentences = answer
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
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
