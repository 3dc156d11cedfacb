import type { Translator } from '../i18n/index.ts';
import type { Department, JourneyView, StageView } from '../journey/model.ts';
import type { GapKind } from './types.ts';

/** A stage whose mean feeling is this low or lower is a dip: the place to fix first. */
export const EMOTION_DIP_MEAN = 2.5;

export interface DetectedGap {
  kind: GapKind;
  departments: Department[];
  /** Template values only this kind of gap has (see GAP_RULE_VARIABLES). */
  values: Record<string, string>;
}

/** What is missing or off at one stage, in GAP_KINDS order; the values in the map's language (`t`). */
export function detectStageGaps(view: JourneyView, stageView: StageView, t: Translator): DetectedGap[] {
  const stageId = stageView.stage.id;
  const { items, feeling } = stageView;
  const isEmpty = view.gaps.emptyStageIds.includes(stageId);
  const gaps: DetectedGap[] = [];
  const add = (kind: GapKind, values: Record<string, string> = {}, departments: Department[] = []) =>
    gaps.push({ kind, departments, values });

  if (isEmpty) add('empty_stage');
  if (!isEmpty && items.obstacle.length === 0) add('no_obstacle');
  if (feeling.mean !== null && feeling.mean <= EMOTION_DIP_MEAN)
    add('emotion_dip', { mean: t.number(feeling.mean, 1) });
  if (view.gaps.stageIdsWithoutTouchpoint.includes(stageId)) add('no_touchpoint');
  // An empty stage is silent for everyone: that is the empty-stage gap, not a list of departments.
  const silent = isEmpty ? [] : view.departments.filter((d) => d !== 'other' && !stageView.departments.includes(d));
  if (silent.length > 0) add('silent_departments', { departments: listOf(silent, t) }, silent);
  if (!isEmpty && feeling.count === 0) add('no_feeling');
  const kpi = items.kpi[0];
  if (!kpi) add('no_kpi');
  const disagreement = view.disagreements.find((candidate) => candidate.stageId === stageId);
  if (disagreement) {
    const { low, high } = disagreement;
    const values = {
      low: t.t(`common.departments.${low.department}`),
      lowMean: t.number(low.mean, 1),
      high: t.t(`common.departments.${high.department}`),
      highMean: t.number(high.mean, 1),
    };
    add('disagreement', values, [low.department, high.department]);
  }
  if (kpi) add('kpi_baseline', { kpi: kpi.text });
  if (!isEmpty) add('customer_evidence');
  return gaps;
}

/** "Sales, Support and HR", in the map's language. */
function listOf(departments: readonly Department[], t: Translator): string {
  const labels = departments.map((department) => t.t(`common.departments.${department}`));
  if (labels.length < 2) return labels.join('');
  return t.t('summary.engine.listAnd', { items: t.join(labels.slice(0, -1)), last: labels.at(-1)! });
}
