import { type Language, mapTranslator } from '../i18n/index.ts';
import type { Department, JourneyMap, JourneyView, MergedItem, StageView } from '../journey/model.ts';
import { bestPattern, touchpointFor } from './match.ts';
import type { LocalizedText, Pattern, Playbook } from './playbook.ts';
import { byReach } from './rank.ts';
import { type DetectedGap, detectStageGaps } from './stage-gaps.ts';
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

/** The map's language and the values every template of the stage may use. */
interface StageContext {
  language: Language;
  values: TemplateValues;
}

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
  const t = mapTranslator(map);
  const touchpoints = byReach(stageView.items.touchpoint);
  const stageName = stageView.stage.name;
  const stage: StageContext = {
    language: t.language,
    values: {
      stage: stageName,
      persona: map.persona.name,
      touchpoint: touchpoints[0]?.text ?? t.t('summary.engine.everyTouchpoint', { stageName }),
    },
  };
  const fromObstacles = obstacleGroups(stageView.items.obstacle, playbook)
    .slice(0, MAX_IMPROVEMENTS)
    .map((group) => obstacleImprovement(group, touchpoints, stage, playbook));

  const fromGaps = gapImprovements(detectStageGaps(view, stageView, t), stage, playbook);
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

/** Each detected gap worded by its rule, with the improvement the rule suggests, in the playbook's order. */
function gapImprovements(
  detected: readonly DetectedGap[],
  stage: StageContext,
  playbook: Playbook,
): Array<{ gap: StageGap; ranked: RankedImprovement }> {
  return playbook.gapRules.flatMap((rule, ruleIndex) => {
    const gap = detected.find((candidate) => candidate.kind === rule.when);
    if (!gap) return [];
    const fill = filler(stage.language, { ...stage.values, ...gap.values });
    const text = fill(rule.gap);
    const improvement: Improvement = {
      answers: { kind: 'gap', text },
      action: fill(rule.action),
      touchpoint: fill(rule.touchpoint),
      kpi: fill(rule.kpi),
      patternId: rule.id,
    };
    const tier = STANDING_GAP_KINDS.has(gap.kind) ? 2 : 1;
    const ranked: RankedImprovement = { improvement, tier, people: 0, departments: 0, ruleIndex };
    return [{ gap: { kind: gap.kind, text, departments: gap.departments }, ranked }];
  });
}

function obstacleImprovement(
  { pattern, lead, contributorIds, departments }: ObstacleGroup,
  touchpoints: readonly MergedItem[],
  stage: StageContext,
  playbook: Playbook,
): RankedImprovement {
  const values = { ...stage.values, obstacle: shorten(lead.text, QUOTE_LENGTH) };
  const touchpoint = touchpointFor(lead.text, touchpoints, pattern);
  const answers = { kind: 'obstacle', text: lead.text } as const;
  const improvement: Improvement = pattern
    ? fillPattern(pattern, filler(stage.language, values), touchpoint, answers)
    : fillGeneric(playbook, filler(stage.language, touchpoint ? { ...values, touchpoint } : values), answers);
  return { improvement, tier: 0, people: contributorIds.size, departments: departments.size, ruleIndex: 0 };
}

/** Fills a playbook text in the map's language. */
function filler(language: Language, values: TemplateValues): (text: LocalizedText) => string {
  return (text) => fillTemplate(text[language], values);
}

function fillPattern(
  pattern: Pattern,
  fill: (text: LocalizedText) => string,
  touchpoint: string | null,
  answers: Improvement['answers'],
): Improvement {
  return {
    answers,
    action: fill(pattern.action),
    touchpoint: touchpoint ?? fill(pattern.touchpoint.label),
    kpi: fill(pattern.kpi),
    patternId: pattern.id,
  };
}

function fillGeneric(
  playbook: Playbook,
  fill: (text: LocalizedText) => string,
  answers: Improvement['answers'],
): Improvement {
  const { action, touchpoint, kpi } = playbook.fallback;
  return { answers, action: fill(action), touchpoint: fill(touchpoint), kpi: fill(kpi), patternId: null };
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
