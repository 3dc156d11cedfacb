import { type Translator, translator } from '../../i18n/index.ts';

/** The 1-5 feeling scale as people see it, from very negative to very positive. */
export const SCORE_EMOJI = ['😫', '😟', '😐', '🙂', '😍'] as const;

export function scoreEmoji(score: number | null): string {
  if (score === null) return '▫️';
  const index = Math.min(4, Math.max(0, Math.round(score) - 1));
  return SCORE_EMOJI[index]!;
}

/** "🙂 3.8" in the map's language (`t`: "🙂 3,8" in Greek); English when no translator is given. */
export function scoreText(mean: number | null, t: Translator = translator('en')): string {
  return mean === null ? t.t('summary.feeling.noFeelingsYet') : `${scoreEmoji(mean)} ${t.number(mean, 1)}`;
}
