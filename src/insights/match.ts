import { memoise } from '../journey/memoise.ts';
import type { MergedItem } from '../journey/model.ts';
import { compilePhrase, matchableText, phraseMatches, phraseScore } from './phrase.ts';
import type { Pattern, Playbook } from './playbook.ts';

export interface PatternMatch {
  pattern: Pattern;
  score: number;
}

/** Every pattern the text matches, strongest first; equal scores keep the playbook's order. */
export function matchPatterns(playbook: Playbook, text: string): PatternMatch[] {
  const matchable = matchableText(text);
  return playbook.patterns
    .map((pattern) => ({ pattern, score: phraseScore(pattern.phrases, matchable) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Obstacles are matched again on every summary and digest; a playbook's answers for them are remembered. */
const REMEMBERED_MATCHES = 20_000;
const bestPatternOf = new WeakMap<Playbook, (text: string) => Pattern | null>();

export function bestPattern(playbook: Playbook, text: string): Pattern | null {
  let best = bestPatternOf.get(playbook);
  if (!best) {
    best = memoise((obstacle) => matchPatterns(playbook, obstacle)[0]?.pattern ?? null, REMEMBERED_MATCHES);
    bestPatternOf.set(playbook, best);
  }
  return best(text);
}

/**
 * The touchpoint an improvement acts on, in the stakeholders' own words: a touchpoint of the stage
 * the obstacle names, else one the pattern is about (and, when the obstacle says where it happens,
 * about that place); null when the stage has none of these.
 */
export function touchpointFor(
  obstacle: string,
  touchpoints: readonly MergedItem[],
  pattern: Pattern | null,
): string | null {
  const obstacleText = matchableText(obstacle);
  const named = touchpoints.find((touchpoint) => {
    const phrase = compilePhrase(touchpoint.text);
    return phrase !== null && phraseMatches(phrase, obstacleText);
  });
  if (named) return named.text;
  if (!pattern) return null;
  const placesNamed = pattern.touchpoint.phrases.filter((phrase) => phraseMatches(phrase, obstacleText));
  const places = placesNamed.length > 0 ? placesNamed : pattern.touchpoint.phrases;
  return touchpoints.find((touchpoint) => phraseScore(places, matchableText(touchpoint.text)) > 0)?.text ?? null;
}
