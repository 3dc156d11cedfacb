import type { Phrase } from '../i18n/index.ts';
import { MAX_NAME_LENGTH, MAX_STAGES, MIN_STAGES, type Stage } from './model.ts';
import { normaliseText } from './normalise.ts';

/** A prefix shorter than this matches too much in alphabetic scripts; one CJK character is a syllable or a word. */
const MIN_PREFIX_LENGTH = 3;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LIST_MARKER = /^(?:[-*•]|\d+[.)])\s+/;
const ONE_LINE_SEPARATORS = /[,，、]/;
const STAGE_NUMBER = /^\d+$/;

export type StageMatch = { stage: Stage } | { ambiguous: Stage[] };

/** The stages of a new map: ids follow the order ("s1".."sN"). */
export function createStages(names: readonly string[]): Stage[] {
  return names.map((name, index) => ({ id: `s${index + 1}`, name: name.trim() }));
}

/** A short message the user can act on, or null when the names make a valid map. */
export function validateStageNames(names: readonly string[]): Phrase | null {
  if (names.length < MIN_STAGES) return { key: 'newMap.errors.tooFewStages', values: { min: MIN_STAGES } };
  if (names.length > MAX_STAGES) return { key: 'newMap.errors.tooManyStages', values: { max: MAX_STAGES } };
  const namesByKey = new Map<string, string>();
  for (const [index, rawName] of names.entries()) {
    const name = rawName.trim();
    const key = normaliseText(name);
    if (key === '') return { key: 'newMap.errors.stageUnnamed', values: { number: index + 1 } };
    if (name.length > MAX_NAME_LENGTH) {
      return { key: 'newMap.errors.stageTooLong', values: { number: index + 1, max: MAX_NAME_LENGTH } };
    }
    const sameName = namesByKey.get(key);
    if (sameName !== undefined) return { key: 'newMap.errors.sameStage', values: { first: sameName, second: name } };
    namesByKey.set(key, name);
  }
  return null;
}

/** One stage per line, or comma separated when everything is on one line; list bullets and numbers are dropped. */
export function parseStageList(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const names = lines.length === 1 ? lines[0]!.split(ONE_LINE_SEPARATORS) : lines;
  return names.map((name) => name.trim().replace(LIST_MARKER, '').trim()).filter((name) => name !== '');
}

/** The stage a user means by a name, an unambiguous start of a name, or its number ("2"). */
export function findStage(stages: readonly Stage[], query: string): StageMatch | null {
  const key = normaliseText(query);
  if (key === '') return null;
  const keyed = stages.map((stage) => ({ stage, key: normaliseText(stage.name) }));
  const exact = keyed.filter((candidate) => candidate.key === key);
  if (exact.length > 0) return matchOf(exact.map((candidate) => candidate.stage));
  if (STAGE_NUMBER.test(key)) {
    const stage = stages[Number(key) - 1];
    return stage ? { stage } : null;
  }
  if ([...key].length < MIN_PREFIX_LENGTH && !CJK_CHARACTER.test(key)) return null;
  const prefixed = keyed.filter((candidate) => candidate.key.startsWith(key));
  return prefixed.length > 0 ? matchOf(prefixed.map((candidate) => candidate.stage)) : null;
}

function matchOf(stages: Stage[]): StageMatch {
  const [only] = stages;
  return stages.length === 1 && only ? { stage: only } : { ambiguous: stages };
}
