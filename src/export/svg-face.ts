import { feelingLevel } from '../journey/feelings.ts';

const FEATURE_COLOR = '#1f2937';

/**
 * An emotion face drawn from shapes (the renderer has no emoji font): the colour follows the
 * rounded score, the mouth bends with the exact mean, from a frown at 1 to a smile at 5.
 */
export function feelingFace(cx: number, cy: number, radius: number, mean: number): string {
  const level = feelingLevel(mean)!;
  const eyeOffset = radius * 0.36;
  const eyeY = cy - radius * 0.22;
  const mouthY = cy + radius * 0.38;
  const mouthHalfWidth = radius * 0.46;
  // A quadratic curve reaches half way to its control point: twice the bend puts the mouth's middle at `bend`.
  const bend = ((mean - 3) / 2) * radius * 0.3;
  return [
    '<g class="face">',
    `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(radius)}" fill="${level.colour}" stroke="${FEATURE_COLOR}" stroke-width="1.5"/>`,
    `<circle cx="${px(cx - eyeOffset)}" cy="${px(eyeY)}" r="${px(radius * 0.11)}" fill="${FEATURE_COLOR}"/>`,
    `<circle cx="${px(cx + eyeOffset)}" cy="${px(eyeY)}" r="${px(radius * 0.11)}" fill="${FEATURE_COLOR}"/>`,
    `<path d="M${px(cx - mouthHalfWidth)} ${px(mouthY)} Q${px(cx)} ${px(mouthY + 2 * bend)} ${px(cx + mouthHalfWidth)} ${px(mouthY)}"` +
      ` fill="none" stroke="${FEATURE_COLOR}" stroke-width="${px(radius * 0.12)}" stroke-linecap="round"/>`,
    '</g>',
  ].join('');
}

/** Coordinates with one decimal: enough for a picture, and the SVG stays small. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
