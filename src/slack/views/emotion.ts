/** The 1-5 feeling scale as people see it, from very negative to very positive. */
export const SCORE_EMOJI = ['😫', '😟', '😐', '🙂', '😍'] as const;
export const SCORE_LABELS = ['Very negative', 'Negative', 'Neutral', 'Positive', 'Very positive'] as const;

export function scoreEmoji(score: number | null): string {
  if (score === null) return '▫️';
  const index = Math.min(4, Math.max(0, Math.round(score) - 1));
  return SCORE_EMOJI[index]!;
}

export function scoreText(mean: number | null): string {
  return mean === null ? 'no feelings yet' : `${scoreEmoji(mean)} ${mean.toFixed(1)}`;
}
