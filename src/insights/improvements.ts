import type { Department, JourneyMap, JourneyView, MergedItem, StageView } from '../journey/model.ts';
import { bestPattern, touchpointFor } from './match.ts';
import type { Pattern, Playbook } from './playbook.ts';
import { byReach } from './rank.ts';
import { detectStageGaps } from './stage-gaps.ts';
import { fillTemplate, shorten } from './template.ts';
import { type Improvement, MAX_IMPROVEMENTS, MIN_IMPROVEMENTS, STANDING_GAP_KINDS, type StageGap } from './types.ts';

/** Long answers are quoted inside a sentence, so they are cut to this many characters there. */
const QUOTE_LENGTH = 80;

/** An improvement with what it takes to rank it against those of other stages. */
export interface RankedImprovement {
  improvement: Improvement;
  /** 0: answers obstacles; 1: answers a gap; 2: answers a standing gap (KPI baseline, customer evidence). */
  tier: 0 | 1 | 2;
  people: number;
  departments: number;
  /** Position of the gap rule in the playbook; 0 for obstacles. */
  ruleIndex: number;
}

export interface StageAnalysis {
  improvements: RankedImprovement[];
  /** What is still missing, worded by the playbook. */
  gaps: StageGap[];
}

interface ObstacleGroup {
  pattern: Pattern | null;
  /** The most raised obstacle of the group: the one the improvement names. */
  lead: MergedItem;
  contributorIds: Set<string>;
  departments: Set<Department>;
}

type TemplateValues = Record<string, string>;

/**
 * The gaps of a stage and its 3 to 5 improvements: one per pattern its obstacles match, most
 * raised first (two wordings of one problem get one answer), a generic one for an obstacle no
 * pattern matches, then gaps in the playbook's order until there are 3. The gap rules guarantee 3:
 * a stage has an obstacle or the no-obstacle gap, a KPI to baseline or the no-KPI gap, and the
 * customer-evidence gap; an empty stage has the empty, no-touchpoint and no-KPI gaps instead.
 */
export function analyseStage(
  map: JourneyMap,
  view: JourneyView,
  stageView: StageView,
  playbook: Playbook,
): StageAnalysis {
  const touchpoints = byReach(stageView.items.touchpoint);
  const stageValues: TemplateValues = {
    stage: stageView.stage.name,
    persona: map.persona.name,
    touchpoint: touchpoints[0]?.text ?? `every touchpoint of ${stageView.stage.name}`,
  };
  const fromObstacles = obstacleGroups(stageView.items.obstacle, playbook)
    .slice(0, MAX_IMPROVEMENTS)
    .map((group) => obstacleImprovement(group, touchpoints, stageValues, playbook));

  const detected = detectStageGaps(view, stageView);
  const fromGaps = playbook.gapRules.flatMap((rule, ruleIndex) => {
    const gap = detected.find((candidate) => candidate.kind === rule.when);
    if (!gap) return [];
    const values = { ...stageValues, ...gap.values };
    const text = fillTemplate(rule.gap, values);
    const improvement: Improvement = {
      answers: { kind: 'gap', text },
      action: fillTemplate(rule.action, values),
      touchpoint: fillTemplate(rule.touchpoint, values),
      kpi: fillTemplate(rule.kpi, values),
      patternId: rule.id,
    };
    const tier = STANDING_GAP_KINDS.has(gap.kind) ? 2 : 1;
    return [
      {
        gap: { kind: gap.kind, text, departments: gap.departments },
        ranked: { improvement, tier, people: 0, departments: 0, ruleIndex } satisfies RankedImprovement,
      },
    ];
  });

  return {
    improvements: [
      ...fromObstacles,
      ...fromGaps.slice(0, Math.max(0, MIN_IMPROVEMENTS - fromObstacles.length)).map(({ ranked }) => ranked),
    ],
    gaps: fromGaps
      .map(({ gap }) => gap)
      .filter((gap) => !STANDING_GAP_KINDS.has(gap.kind) && gap.kind !== 'disagreement'),
  };
}

function obstacleImprovement(
  { pattern, lead, contributorIds, departments }: ObstacleGroup,
  touchpoints: readonly MergedItem[],
  stageValues: TemplateValues,
  playbook: Playbook,
): RankedImprovement {
  const values = { ...stageValues, obstacle: shorten(lead.text, QUOTE_LENGTH) };
  const touchpoint = touchpointFor(lead.text, touchpoints, pattern);
  const answers = { kind: 'obstacle', text: lead.text } as const;
  const improvement: Improvement = pattern
    ? {
        answers,
        action: fillTemplate(pattern.action, values),
        touchpoint: touchpoint ?? fillTemplate(pattern.touchpoint.label, values),
        kpi: fillTemplate(pattern.kpi, values),
        patternId: pattern.id,
      }
    : fillGeneric(playbook, touchpoint ? { ...values, touchpoint } : values, answers);
  return { improvement, tier: 0, people: contributorIds.size, departments: departments.size, ruleIndex: 0 };
}

function fillGeneric(playbook: Playbook, values: TemplateValues, answers: Improvement['answers']): Improvement {
  const { action, touchpoint, kpi } = playbook.fallback;
  return {
    answers,
    action: fillTemplate(action, values),
    touchpoint: fillTemplate(touchpoint, values),
    kpi: fillTemplate(kpi, values),
    patternId: null,
  };
}

/** Obstacles grouped by the pattern that fits them best; an obstacle no pattern fits is a group of its own. */
function obstacleGroups(obstacles: readonly MergedItem[], playbook: Playbook): ObstacleGroup[] {
  const groups = new Map<string, ObstacleGroup>();
  for (const obstacle of byReach(obstacles)) {
    const pattern = bestPattern(playbook, obstacle.text);
    const groupKey = pattern ? `pattern:${pattern.id}` : `text:${obstacle.key}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { pattern, lead: obstacle, contributorIds: new Set(), departments: new Set() };
      groups.set(groupKey, group);
    }
    for (const id of obstacle.contributorIds) group.contributorIds.add(id);
    for (const department of obstacle.departments) group.departments.add(department);
  }
  return [...groups.values()].sort(
    (a, b) => b.contributorIds.size - a.contributorIds.size || b.departments.size - a.departments.size,
  );
}
