import { DEPARTMENTS, type Department, type FeelingStats } from './model.ts';

interface ScoreSum {
  count: number;
  sum: number;
  sumOfSquares: number;
}

/** Running sums of feeling scores: integer sums are exact, so the result does not depend on the order. */
export interface FeelingTally {
  all: ScoreSum;
  byDepartment: Map<Department, ScoreSum>;
}

export function createFeelingTally(): FeelingTally {
  return { all: emptySum(), byDepartment: new Map() };
}

export function addScore(tally: FeelingTally, score: number, department: Department | undefined): void {
  addTo(tally.all, score);
  if (department === undefined) return;
  let departmentSum = tally.byDepartment.get(department);
  if (!departmentSum) {
    departmentSum = emptySum();
    tally.byDepartment.set(department, departmentSum);
  }
  addTo(departmentSum, score);
}

export function feelingStats(tally: FeelingTally): FeelingStats {
  const { count, sum, sumOfSquares } = tally.all;
  const byDepartment: FeelingStats['byDepartment'] = {};
  for (const department of DEPARTMENTS) {
    const departmentSum = tally.byDepartment.get(department);
    if (departmentSum) byDepartment[department] = { count: departmentSum.count, mean: mean(departmentSum) };
  }
  if (count === 0) return { count, mean: null, spread: null, byDepartment };
  // n²·variance = n·Σx² − (Σx)² is an integer, so equal scores give a spread of exactly 0.
  const spread = Math.sqrt(count * sumOfSquares - sum * sum) / count;
  return { count, mean: mean(tally.all), spread, byDepartment };
}

function emptySum(): ScoreSum {
  return { count: 0, sum: 0, sumOfSquares: 0 };
}

function addTo(target: ScoreSum, score: number): void {
  target.count += 1;
  target.sum += score;
  target.sumOfSquares += score * score;
}

function mean({ sum, count }: ScoreSum): number {
  return sum / count;
}

/**
 * The one feeling scale, from 1 (very negative) to 5 (very positive): the interview's buttons, every view, the
 * picture and every export show a score with these faces and colours; its words are `common.feelings.scoreN`.
 */
export const FEELING_SCALE = [
  { score: 1, emoji: '😫', shortcode: 'tired_face', colour: '#f87171' },
  { score: 2, emoji: '😟', shortcode: 'worried', colour: '#fb923c' },
  { score: 3, emoji: '😐', shortcode: 'neutral_face', colour: '#facc15' },
  { score: 4, emoji: '🙂', shortcode: 'slightly_smiling_face', colour: '#a3e635' },
  { score: 5, emoji: '😍', shortcode: 'heart_eyes', colour: '#4ade80' },
] as const;
export type FeelingLevel = (typeof FEELING_SCALE)[number];
export type FeelingScore = FeelingLevel['score'];

/** The one rounding rule: a mean shows as the nearest whole score, halves up, within the scale. */
export function roundedFeeling(mean: number | null): FeelingScore | null {
  if (mean === null) return null;
  return Math.min(5, Math.max(1, Math.round(mean))) as FeelingScore;
}

export function feelingLevel(mean: number | null): FeelingLevel | null {
  const score = roundedFeeling(mean);
  return score === null ? null : FEELING_SCALE[score - 1]!;
}

/** The face of a mean, or a blank square when nobody scored. */
export function feelingEmoji(mean: number | null): string {
  return feelingLevel(mean)?.emoji ?? '▫️';
}
