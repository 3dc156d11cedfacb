import { DEPARTMENTS, type Department, type Disagreement, type FeelingStats } from './model.ts';

/** Mean scores this far apart mean two departments see the stage differently (say one 1-2, another 4-5). */
export const DISAGREEMENT_THRESHOLD = 2;

/** The most and least satisfied departments of a stage, when they are far enough apart to talk about. */
export function findDisagreement(stageId: string, feeling: FeelingStats): Disagreement | null {
  let low: { department: Department; mean: number } | undefined;
  let high: { department: Department; mean: number } | undefined;
  // DEPARTMENTS order with strict comparisons: ties go to the earlier department, whatever the input order.
  for (const department of DEPARTMENTS) {
    const stats = feeling.byDepartment[department];
    if (!stats) continue;
    if (!low || stats.mean < low.mean) low = { department, mean: stats.mean };
    if (!high || stats.mean > high.mean) high = { department, mean: stats.mean };
  }
  if (!low || !high) return null;
  const difference = high.mean - low.mean;
  return difference >= DISAGREEMENT_THRESHOLD ? { stageId, low, high, difference } : null;
}
