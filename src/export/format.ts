import { DEPARTMENT_LABELS, type Department, type Kind } from '../journey/model.ts';

export const KIND_TITLES: Record<Kind, string> = {
  goal: 'Customer goals',
  action: 'Actions',
  thought: 'Thoughts',
  feeling: 'Feelings',
  touchpoint: 'Touchpoints',
  obstacle: 'Obstacles',
  idea: 'Ideas',
  kpi: 'KPIs',
};

/** The order a reader meets the kinds in: what the customer wants, does, meets, and what would help. */
export const REPORT_KINDS: readonly Kind[] = [
  'goal',
  'action',
  'thought',
  'feeling',
  'touchpoint',
  'obstacle',
  'idea',
  'kpi',
];

export type FeelingScore = 1 | 2 | 3 | 4 | 5;

/** Same scale as the interview's 1-5 emoji buttons. */
export const FEELING_EMOJI: Record<FeelingScore, string> = { 1: '😫', 2: '🙁', 3: '😐', 4: '🙂', 5: '😄' };

/** The whole-number score nearest to a mean, or null when nobody scored the stage. */
export function roundedFeeling(mean: number | null): FeelingScore | null {
  if (mean === null) return null;
  return Math.min(5, Math.max(1, Math.round(mean))) as FeelingScore;
}

export function formatMean(mean: number): string {
  return mean.toFixed(1);
}

export function departmentNames(departments: readonly Department[]): string[] {
  return departments.map((department) => DEPARTMENT_LABELS[department]);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
