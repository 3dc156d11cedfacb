import { type Language, mapTranslator, type Translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import type { Department, JourneyMap, JourneyView, MergedItem, StageView } from '../journey/model.ts';
import { fixFor, type LocalizedText } from './families.ts';
import { touchpointFor } from './match.ts';
import { type ObstacleGroup, obstacleGroups } from './obstacle-groups.ts';
import { matchableText } from './phrase.ts';
import type { Playbook } from './playbook.ts';
import { byReach } from './rank.ts';
import { type DetectedGap, detectStageGaps } from './stage-gaps.ts';
import { fillTemplate, shorten } from './template.ts';
import { type Improvement, MAX_IMPROVEMENTS, QUOTE_LENGTH, STANDING_GAP_KINDS, type StageGap } from './types.ts';

/** An improvement with what it takes to rank it against those of other stages. */
export interface RankedImprovement {
  improvement: Improvement;
  /** 0: answers an obstacle family; 1: answers a gap; 2: generic (a question, or a standing gap). */
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
  /** The stage's obstacles merged by family, most raised first. */
  groups: ObstacleGroup[];
}

type TemplateValues = Record<string, string>;

interface StageContext {
  language: Language;
  t: Translator;
  values: TemplateValues;
  touchpoints: MergedItem[];
}

/**
 * The gaps of a stage and its improvements, three at most: one per obstacle family its obstacles fall in, most
 * raised first; then gap rules; and at most one generic suggestion: a question to the people who raised what no
 * family fits (it keeps its place), or else a standing gap, never a fix made up for an obstacle nobody could read.
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
    t,
    touchpoints,
    values: {
      stage: stageName,
      persona: map.persona.name,
      touchpoint: touchpoints[0]?.text ?? t.t('summary.engine.everyTouchpoint', { stageName }),
    },
  };
  const groups = obstacleGroups(playbook.families, map, stageView);
  const fromGaps = gapImprovements(detectStageGaps(view, stageView, t), stage, playbook);
  const fromFamilies = groups
    .filter((group) => group.family !== null)
    .slice(0, MAX_IMPROVEMENTS)
    .map((group) => familyImprovement(group, stage));
  const unread = groups.find((group) => group.family === null);
  const question =
    unread && fromFamilies.length < MAX_IMPROVEMENTS ? [questionImprovement(unread, stage, playbook)] : [];
  const room = Math.max(0, MAX_IMPROVEMENTS - fromFamilies.length - question.length);
  const fromSpecificGaps = fromGaps.filter(({ ranked }) => ranked.tier === 1).slice(0, room);
  const specific = [...fromFamilies, ...fromSpecificGaps.map(({ ranked }) => ranked)];
  const standing = question.length === 0 && specific.length < MAX_IMPROVEMENTS ? standingGap(fromGaps) : [];
  return {
    improvements: [...specific, ...question, ...standing],
    gaps: fromGaps
      .map(({ gap }) => gap)
      .filter((gap) => !STANDING_GAP_KINDS.has(gap.kind) && gap.kind !== 'disagreement'),
    groups,
  };
}

/** The standing gap a stage with room gets as its one generic suggestion, when nothing was left unread. */
function standingGap(fromGaps: ReadonlyArray<{ ranked: RankedImprovement }>): RankedImprovement[] {
  const first = fromGaps.find(({ ranked }) => ranked.tier === 2);
  return first ? [first.ranked] : [];
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
      owners: gap.departments,
      patternId: rule.id,
      gapKind: gap.kind,
    };
    const tier = STANDING_GAP_KINDS.has(gap.kind) ? 2 : 1;
    const ranked: RankedImprovement = { improvement, tier, people: 0, departments: 0, ruleIndex };
    return [{ gap: { kind: gap.kind, text, departments: gap.departments }, ranked }];
  });
}

function familyImprovement(group: ObstacleGroup, stage: StageContext): RankedImprovement {
  const family = group.family!;
  const fill = filler(stage.language, stage.values);
  const fix = fixFor(family, matchableText(group.lead));
  const improvement: Improvement = {
    answers: { kind: 'obstacle', text: shorten(group.lead, QUOTE_LENGTH) },
    action: fill(fix.action),
    touchpoint: touchpointFor(group.lead, stage.touchpoints, family) ?? fill(fix.touchpoint),
    kpi: fill(fix.kpi),
    owners: family.departments,
    patternId: family.id,
  };
  return reach(improvement, group, 0);
}

function questionImprovement(group: ObstacleGroup, stage: StageContext, playbook: Playbook): RankedImprovement {
  const owners: Department[] = [...group.departments];
  const named: Department[] = owners.length > 0 ? owners : ['other'];
  const departments = departmentList(named, stage.t);
  // Only a touchpoint the obstacle names: the stage's busiest one would point the question at the wrong place.
  const stageName = stage.values.stage!;
  const touchpoint =
    touchpointFor(group.lead, stage.touchpoints, null) ?? stage.t.t('summary.engine.everyTouchpoint', { stageName });
  const obstacle = shorten(group.lead, QUOTE_LENGTH);
  const fill = filler(stage.language, { ...stage.values, touchpoint, obstacle, departments });
  const { action, touchpoint: where, kpi } = playbook.fallback;
  const improvement: Improvement = {
    answers: { kind: 'obstacle', text: obstacle },
    action: fill(action),
    touchpoint: fill(where),
    kpi: fill(kpi),
    owners,
    patternId: null,
  };
  return reach(improvement, group, 2);
}

function reach(improvement: Improvement, group: ObstacleGroup, tier: 0 | 2): RankedImprovement {
  return { improvement, tier, people: group.contributorIds.size, departments: group.departments.size, ruleIndex: 0 };
}

/** Fills a playbook text in the map's language. */
function filler(language: Language, values: TemplateValues): (text: LocalizedText) => string {
  return (text) => fillTemplate(text[language], values);
}
