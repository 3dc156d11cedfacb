import { DEPARTMENT_LABELS, type Department, type JourneyView, type StageView } from '../journey/model.ts';
import type { GapKind } from './types.ts';

/** A stage whose mean feeling is this low or lower is a dip: the place to fix first. */
export const EMOTION_DIP_MEAN = 2.5;

export interface DetectedGap {
  kind: GapKind;
  departments: Department[];
  /** Template values only this kind of gap has (see GAP_RULE_VARIABLES). */
  values: Record<string, string>;
}

/** What is missing or off at one stage, in GAP_KINDS order. */
export function detectStageGaps(view: JourneyView, stageView: StageView): DetectedGap[] {
  const stageId = stageView.stage.id;
  const { items, feeling } = stageView;
  const isEmpty = view.gaps.emptyStageIds.includes(stageId);
  const gaps: DetectedGap[] = [];
  const add = (kind: GapKind, values: Record<string, string> = {}, departments: Department[] = []) =>
    gaps.push({ kind, departments, values });

  if (isEmpty) add('empty_stage');
  if (!isEmpty && items.obstacle.length === 0) add('no_obstacle');
  if (feeling.mean !== null && feeling.mean <= EMOTION_DIP_MEAN) add('emotion_dip', { mean: feeling.mean.toFixed(1) });
  if (view.gaps.stageIdsWithoutTouchpoint.includes(stageId)) add('no_touchpoint');
  // An empty stage is silent for everyone: that is the empty-stage gap, not a list of departments.
  const silent = isEmpty ? [] : view.departments.filter((d) => d !== 'other' && !stageView.departments.includes(d));
  if (silent.length > 0) add('silent_departments', { departments: listOf(silent) }, silent);
  if (!isEmpty && feeling.count === 0) add('no_feeling');
  const kpi = items.kpi[0];
  if (!kpi) add('no_kpi');
  const disagreement = view.disagreements.find((candidate) => candidate.stageId === stageId);
  if (disagreement) {
    const { low, high } = disagreement;
    const values = {
      low: DEPARTMENT_LABELS[low.department],
      lowMean: low.mean.toFixed(1),
      high: DEPARTMENT_LABELS[high.department],
      highMean: high.mean.toFixed(1),
    };
    add('disagreement', values, [low.department, high.department]);
  }
  if (kpi) add('kpi_baseline', { kpi: kpi.text });
  if (!isEmpty) add('customer_evidence');
  return gaps;
}

function listOf(departments: readonly Department[]): string {
  const labels = departments.map((department) => DEPARTMENT_LABELS[department]);
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
