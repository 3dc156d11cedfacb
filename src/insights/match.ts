import type { MergedItem } from '../journey/model.ts';
import type { Family } from './families.ts';
import { compilePhrase, matchableText, phraseMatches, phraseScore } from './phrase.ts';

/**
 * The touchpoint an improvement acts on, in the stakeholders' own words: a touchpoint of the stage
 * the obstacle names, else one the family is about (and, when the obstacle says where it happens,
 * about that place); null when the stage has none of these.
 */
export function touchpointFor(
  obstacle: string,
  touchpoints: readonly MergedItem[],
  family: Family | null,
): string | null {
  const obstacleText = matchableText(obstacle);
  const named = touchpoints.find((touchpoint) => {
    const phrase = compilePhrase(touchpoint.text);
    return phrase !== null && phraseMatches(phrase, obstacleText);
  });
  if (named) return named.text;
  if (!family) return null;
  const placesNamed = family.touchpointPhrases.filter((phrase) => phraseMatches(phrase, obstacleText));
  const places = placesNamed.length > 0 ? placesNamed : family.touchpointPhrases;
  return touchpoints.find((touchpoint) => phraseScore(places, matchableText(touchpoint.text)) > 0)?.text ?? null;
}
