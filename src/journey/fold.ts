import { findDisagreement } from './disagreements.ts';
import { addScore, createFeelingTally, type FeelingTally, feelingStats } from './feelings.ts';
import { findGaps } from './gaps.ts';
import {
  type Contribution,
  DEPARTMENTS,
  type Department,
  type Disagreement,
  type JourneyMap,
  type JourneyView,
  KINDS,
  type Kind,
  type MergedItem,
  type Stage,
  type StageView,
} from './model.ts';
import { normaliseText } from './normalise.ts';

export interface FoldOptions {
  /** Department of each author, for contributions that do not carry their own. */
  departmentsByUser?: ReadonlyMap<string, Department>;
}

/** Departments as bits in DEPARTMENTS order: cheaper than a Set per item, and already in display order. */
type DepartmentMask = number;
const DEPARTMENT_BITS = Object.fromEntries(DEPARTMENTS.map((department, index) => [department, 1 << index])) as Record<
  Department,
  DepartmentMask
>;

interface ItemTally {
  key: string;
  kind: Kind;
  /** The first contribution's words: contributions arrive in id order, so the smallest id's. */
  text: string;
  /** In ascending order for the same reason. */
  contributionIds: string[];
  /** With repeats: most items have one or two authors, and an array is far lighter than a Set. */
  authorIds: string[];
  departments: DepartmentMask;
  firstAt: string;
  lastAt: string;
}

interface StageTally {
  items: Record<Kind, Map<string, ItemTally>>;
  feeling: FeelingTally;
  contributorIds: Set<string>;
  departments: DepartmentMask;
  contributionCount: number;
}

/**
 * The merged map: a pure function of the map and the set of its contributions. The same
 * contributions in any order, or some delivered twice, give a deep-equal view.
 */
export function fold(map: JourneyMap, contributions: Iterable<Contribution>, options: FoldOptions = {}): JourneyView {
  const tallies = new Map<string, StageTally>(map.stages.map((stage) => [stage.id, createStageTally()]));
  let lastContributionAt: string | null = null;

  for (const contribution of liveContributions(map.id, tallies, contributions)) {
    const department = contribution.department ?? options.departmentsByUser?.get(contribution.authorId);
    addToStage(tallies.get(contribution.stageId)!, contribution, department, normaliseText(contribution.text));
    if (lastContributionAt === null || compareInstants(contribution.createdAt, lastContributionAt) > 0) {
      lastContributionAt = contribution.createdAt;
    }
  }

  // Map-wide figures are unions of the few stages' rather than more work per contribution.
  const contributorIds = new Set<string>();
  let departmentMask: DepartmentMask = 0;
  let contributionCount = 0;
  for (const tally of tallies.values()) {
    for (const userId of tally.contributorIds) contributorIds.add(userId);
    departmentMask |= tally.departments;
    contributionCount += tally.contributionCount;
  }
  const stages = map.stages.map((stage) => stageView(stage, tallies.get(stage.id)!));
  const departments = departmentsIn(departmentMask);
  return {
    mapId: map.id,
    stages,
    contributionCount,
    contributorIds: [...contributorIds].sort(),
    departments,
    disagreements: stages
      .map((view) => findDisagreement(view.stage.id, view.feeling))
      .filter((disagreement): disagreement is Disagreement => disagreement !== null),
    gaps: findGaps(map, stages, contributorIds, departments),
    lastContributionAt,
  };
}

/**
 * Contributions of this map's stages in id order, each id once, without retractions and what they
 * retract. Retracting a retraction does not bring the first contribution back: a redo is a new
 * contribution.
 */
function liveContributions(
  mapId: string,
  stageIds: ReadonlyMap<string, unknown>,
  contributions: Iterable<Contribution>,
): Contribution[] {
  const ofMap: Contribution[] = [];
  for (const contribution of contributions) {
    if (contribution.mapId === mapId && stageIds.has(contribution.stageId)) ofMap.push(contribution);
  }
  // The store lists contributions in id order already, and sorting a sorted array is a single pass.
  // Sorted, duplicates sit side by side and need no lookup table.
  ofMap.sort(byId);
  const unique: Contribution[] = [];
  for (const contribution of ofMap) {
    const last = unique.length - 1;
    const previous = unique[last];
    if (previous === undefined || previous.id !== contribution.id) {
      unique.push(contribution);
    } else {
      unique[last] = preferredDuplicate(contribution, previous);
    }
  }
  const retracted = new Set<string>();
  for (const contribution of unique) {
    if (contribution.retracts !== undefined) retracted.add(contribution.retracts);
  }
  return unique.filter((contribution) => contribution.retracts === undefined && !retracted.has(contribution.id));
}

function byId(a: Contribution, b: Contribution): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Two different contributions under one id is a storage fault; pick one the same way whatever the order. */
function preferredDuplicate(a: Contribution, b: Contribution): Contribution {
  return a === b || JSON.stringify(a) >= JSON.stringify(b) ? b : a;
}

function createStageTally(): StageTally {
  const items = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, ItemTally>()])) as StageTally['items'];
  return {
    items,
    feeling: createFeelingTally(),
    contributorIds: new Set(),
    departments: 0,
    contributionCount: 0,
  };
}

function addToStage(
  tally: StageTally,
  contribution: Contribution,
  department: Department | undefined,
  key: string,
): void {
  const departmentBit = department === undefined ? 0 : DEPARTMENT_BITS[department];
  tally.contributionCount += 1;
  tally.contributorIds.add(contribution.authorId);
  tally.departments |= departmentBit;
  if (contribution.kind === 'feeling' && contribution.score !== undefined) {
    addScore(tally.feeling, contribution.score, department);
  }
  if (key !== '') addToItem(tally.items[contribution.kind], contribution, departmentBit, key);
}

function addToItem(
  items: Map<string, ItemTally>,
  contribution: Contribution,
  departmentBit: DepartmentMask,
  key: string,
): void {
  const { createdAt } = contribution;
  let item = items.get(key);
  if (!item) {
    item = {
      key,
      kind: contribution.kind,
      text: contribution.text,
      contributionIds: [],
      authorIds: [],
      departments: 0,
      firstAt: createdAt,
      lastAt: createdAt,
    };
    items.set(key, item);
  } else {
    if (compareInstants(createdAt, item.firstAt) < 0) item.firstAt = createdAt;
    if (compareInstants(createdAt, item.lastAt) > 0) item.lastAt = createdAt;
  }
  item.contributionIds.push(contribution.id);
  item.authorIds.push(contribution.authorId);
  item.departments |= departmentBit;
}

function stageView(stage: Stage, tally: StageTally): StageView {
  const items = Object.fromEntries(
    KINDS.map((kind) => [kind, Array.from(tally.items[kind].values(), mergedItem).sort(byMostRaised)]),
  ) as StageView['items'];
  return {
    stage,
    items,
    feeling: feelingStats(tally.feeling),
    contributorIds: [...tally.contributorIds].sort(),
    departments: departmentsIn(tally.departments),
    contributionCount: tally.contributionCount,
  };
}

function mergedItem(item: ItemTally): MergedItem {
  return {
    key: item.key,
    text: item.text,
    kind: item.kind,
    count: item.contributionIds.length,
    contributorIds: sortedUnique(item.authorIds),
    departments: departmentsIn(item.departments),
    contributionIds: item.contributionIds,
    firstAt: item.firstAt,
    lastAt: item.lastAt,
  };
}

/** Sorts and drops repeats in place: a fold of many distinct texts makes one such array per item. */
function sortedUnique(values: string[]): string[] {
  if (values.length < 2) return values;
  values.sort();
  let kept = 1;
  for (let index = 1; index < values.length; index += 1) {
    if (values[index] !== values[kept - 1]) values[kept++] = values[index]!;
  }
  values.length = kept;
  return values;
}

/** Most contributions first, then the widest reach across departments, then by key so ties are stable. */
function byMostRaised(a: MergedItem, b: MergedItem): number {
  return b.count - a.count || b.departments.length - a.departments.length || (a.key < b.key ? -1 : 1);
}

function departmentsIn(mask: DepartmentMask): Department[] {
  return DEPARTMENTS.filter((department) => (mask & DEPARTMENT_BITS[department]) !== 0);
}

/**
 * Timestamps are ISO UTC ("…Z"): strings of equal length have the same precision and compare as
 * strings, which is much cheaper than parsing. Equal instants written differently fall back to the
 * string order so the result still does not depend on the order of the input.
 */
function compareInstants(a: string, b: string): number {
  if (a.length !== b.length) {
    const difference = Date.parse(a) - Date.parse(b);
    if (difference > 0 || difference < 0) return difference;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
