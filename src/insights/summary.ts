import { DomainError } from '../errors.ts';
import { mapTranslator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import { feelingLevel } from '../journey/feelings.ts';
import {
  DEPARTMENTS,
  type FeelingStats,
  type JourneyMap,
  type JourneyView,
  type MergedItem,
  type StageView,
} from '../journey/model.ts';
import { analyseStage, type RankedImprovement } from './improvements.ts';
import type { ObstacleGroup } from './obstacle-groups.ts';
import type { Playbook } from './playbook.ts';
import { byReach } from './rank.ts';
import { EMOTION_DIP_MEAN } from './stage-gaps.ts';
import { shorten } from './template.ts';
import {
  type FeelingSummary,
  QUOTE_LENGTH,
  type RankedItem,
  type StageImprovement,
  type StageSummary,
} from './types.ts';

const TOP_ACTIONS = 3;
const TOP_THOUGHTS = 3;
const TOP_TOUCHPOINTS = 3;
const TOP_OBSTACLES = 5;
const ALSO_RAISED = 3;

/** The rules engine's summary of one stage: pure, the same view always gives the same summary. */
export function summariseStage(map: JourneyMap, view: JourneyView, stageId: string, playbook: Playbook): StageSummary {
  const stageView = view.stages.find((candidate) => candidate.stage.id === stageId);
  if (!stageView) throw new DomainError('invalid_input', `map ${map.id} has no stage ${stageId}`);
  const { items } = stageView;
  const { improvements, gaps, groups } = analyseStage(map, view, stageView, playbook);
  return {
    source: 'rules',
    mapId: map.id,
    stageId,
    stageName: stageView.stage.name,
    personaLine: personaLine(map, stageView),
    does: texts(items.action, TOP_ACTIONS),
    thinks: texts(items.thought, TOP_THOUGHTS),
    feeling: feelingSummary(stageView.feeling),
    topTouchpoints: ranked(items.touchpoint, TOP_TOUCHPOINTS),
    topObstacles: ranked(items.obstacle, TOP_OBSTACLES),
    disagreements: view.disagreements.filter((disagreement) => disagreement.stageId === stageId),
    gaps,
    alsoRaised: unanswered(groups, improvements),
    improvements: improvements.map(({ improvement }) => improvement),
    narrative: stageNarrative(map, view, stageView, groups),
  };
}

/**
 * The improvements that matter most across the map, for the weekly digest: those answering
 * obstacles raised by the most people first, then gaps, then the standing gaps. A pattern or gap
 * rule appears once, at the stage where it ranks highest; generic suggestions are all distinct.
 */
export function topImprovements(
  map: JourneyMap,
  view: JourneyView,
  playbook: Playbook,
  limit: number,
): StageImprovement[] {
  const candidates = view.stages.flatMap((stageView, stageIndex) =>
    analyseStage(map, view, stageView, playbook).improvements.map((ranked) => ({
      ...ranked,
      stageId: stageView.stage.id,
      stageIndex,
    })),
  );
  candidates.sort((a, b) => compareRanked(a, b) || a.stageIndex - b.stageIndex);
  const seenPatterns = new Set<string>();
  const top: StageImprovement[] = [];
  for (const { improvement, stageId } of candidates) {
    if (top.length >= limit) break;
    const { patternId } = improvement;
    if (patternId !== null && seenPatterns.has(patternId)) continue;
    if (patternId !== null) seenPatterns.add(patternId);
    top.push({ ...improvement, stageId });
  }
  return top;
}

function compareRanked(a: RankedImprovement, b: RankedImprovement): number {
  return a.tier - b.tier || b.people - a.people || b.departments - a.departments || a.ruleIndex - b.ruleIndex;
}

/** The persona and what they want at this stage, or the map's goal when nobody has said. */
function personaLine(map: JourneyMap, stageView: StageView): string {
  const t = mapTranslator(map);
  const persona = map.persona.name;
  const stageGoal = byReach(stageView.items.goal)[0]?.text;
  if (stageGoal !== undefined) return t.t('summary.engine.personaGoal', { persona, goal: stageGoal });
  return map.goal === '' ? persona : t.t('summary.engine.personaMapGoal', { persona, goal: map.goal });
}

function texts(items: readonly MergedItem[], limit: number): string[] {
  return byReach(items)
    .slice(0, limit)
    .map((item) => item.text);
}

function ranked(items: readonly MergedItem[], limit: number): RankedItem[] {
  return byReach(items)
    .slice(0, limit)
    .map(({ text, key, contributorIds, departments }) => ({ text, key, contributorIds, departments }));
}

function feelingSummary({ count, mean, spread }: FeelingStats): FeelingSummary {
  const emoji = feelingLevel(mean)?.emoji ?? null;
  return { count, mean, spread, emoji };
}

/** The leads of the obstacle groups no improvement names, most raised first. */
function unanswered(groups: readonly ObstacleGroup[], improvements: readonly RankedImprovement[]): string[] {
  const answered = new Set(improvements.map(({ improvement }) => improvement.answers.text));
  return groups
    .map((group) => shorten(group.lead, QUOTE_LENGTH))
    .filter((lead) => !answered.has(lead))
    .slice(0, ALSO_RAISED);
}

/** How many people raised how much here, and where the feeling stands against the rest of the journey. */
function stageNarrative(
  map: JourneyMap,
  view: JourneyView,
  stageView: StageView,
  groups: readonly ObstacleGroup[],
): string | null {
  const t = mapTranslator(map);
  const clauses: string[] = [];
  const people = new Set(groups.flatMap((group) => [...group.contributorIds]));
  const raisedBy = new Set(groups.flatMap((group) => [...group.departments]));
  const departments = DEPARTMENTS.filter((department) => raisedBy.has(department));
  if (groups.length > 0) {
    const names = departmentList(departments, t);
    const counts = { people: people.size, groups: groups.length };
    clauses.push(
      departments.length > 0
        ? t.t('summary.narrative.raised', { ...counts, departments: names })
        : t.t('summary.narrative.raisedNoDepartments', counts),
    );
  }
  const feeling = feelingClause(view, stageView, t);
  if (feeling) clauses.push(feeling);
  if (clauses.length === 0) return null;
  const [first, second] = clauses as [string, string | undefined];
  return second ? t.t('summary.narrative.both', { first, second }) : t.t('summary.narrative.one', { text: first });
}

function feelingClause(view: JourneyView, stageView: StageView, t: ReturnType<typeof mapTranslator>): string | null {
  const { mean } = stageView.feeling;
  if (mean === null) return null;
  const values = { mean: t.number(mean, 1) };
  const means = view.stages.flatMap((stage) => (stage.feeling.mean === null ? [] : [stage.feeling.mean]));
  const lowest = means.length >= 2 && mean <= Math.min(...means);
  if (lowest && mean < Math.max(...means)) return t.t('summary.narrative.dipsLowest', values);
  return mean <= EMOTION_DIP_MEAN ? t.t('summary.narrative.dips', values) : t.t('summary.narrative.feels', values);
}
