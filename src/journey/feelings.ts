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
