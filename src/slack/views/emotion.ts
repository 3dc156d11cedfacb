import { type Translator, translator } from '../../i18n/index.ts';
import { feelingEmoji } from '../../journey/feelings.ts';

/** The scale's face for a score or mean: one rounding rule for every surface. */
export const scoreEmoji = feelingEmoji;

/** "🙂 3.8" in the map's language (`t`: "🙂 3,8" in Greek); English when no translator is given. */
export function scoreText(mean: number | null, t: Translator = translator('en')): string {
  return mean === null ? t.t('summary.feeling.noFeelingsYet') : `${scoreEmoji(mean)} ${t.number(mean, 1)}`;
}
