import { type FoldOptions, fold } from '../journey/fold.ts';
import {
  type Contribution,
  DEPARTMENTS,
  type Department,
  type JourneyMap,
  type JourneyView,
  KINDS,
  type Kind,
  type StageView,
} from '../journey/model.ts';

/** Enough to show what people talk about without turning the digest into the map itself. */
export const EXAMPLES_PER_KIND = 3;

/** An item that was on the map already and has been raised again since: "+2 on pricing page". */
export interface ReinforcedItem {
  text: string;
  added: number;
  count: number;
}

export interface KindChanges {
  kind: Kind;
  /** Items nobody had raised before; the examples are their texts, most raised first. */
  newCount: number;
  newExamples: string[];
  reinforcedCount: number;
  reinforcedExamples: ReinforcedItem[];
}

export interface StageChanges {
  stageId: string;
  stageName: string;
  /** Live contributions added to this stage, including scores that carry no text. */
  addedCount: number;
  departments: Department[];
  /** In the order of KINDS, only kinds with something new or reinforced. */
  kinds: KindChanges[];
}

export interface DepartmentCount {
  department: Department;
  count: number;
}

export interface Changes {
  since: string | null;
  /** Contributions live now that were not live at `since`. */
  addedCount: number;
  newItemCount: number;
  reinforcedItemCount: number;
  /** Contributions live at `since` that have been taken back (undone or edited) since. */
  retractedCount: number;
  /** In map order, only stages with something added. */
  stages: StageChanges[];
  /** Added contributions per department, most first; contributions of unknown department are not counted. */
  byDepartment: DepartmentCount[];
  newContributorIds: string[];
}

/**
 * What changed since the last digest (`since`, null before the first one). The map is folded as it
 * was then and as it is now, so a contribution folded into an item that already existed is reported
 * as "+1 on X", not as a new item.
 */
export function changesSince(
  map: JourneyMap,
  contributions: readonly Contribution[],
  since: string | null,
  options: FoldOptions = {},
): Changes {
  const sinceMs = since === null ? Number.NEGATIVE_INFINITY : Date.parse(since);
  const earlier = contributions.filter((contribution) => Date.parse(contribution.createdAt) <= sinceMs);
  const before = fold(map, earlier, options);
  const after = fold(map, contributions, options);
  const { added, retractedCount } = liveChanges(map, earlier, contributions);
  const departmentOf = (contribution: Contribution) =>
    contribution.department ?? options.departmentsByUser?.get(contribution.authorId);
  const stages = changedStages(before, after, added, departmentOf);

  return {
    since,
    addedCount: added.length,
    newItemCount: sum(stages.flatMap((stage) => stage.kinds.map((kind) => kind.newCount))),
    reinforcedItemCount: sum(stages.flatMap((stage) => stage.kinds.map((kind) => kind.reinforcedCount))),
    retractedCount,
    stages,
    byDepartment: countByDepartment(added.map(departmentOf)),
    newContributorIds: newContributors(before, after),
  };
}

/**
 * The contributions live now that were not live then (each once, however often it was stored), and how many
 * that were live then have been taken back since.
 */
function liveChanges(
  map: JourneyMap,
  earlier: readonly Contribution[],
  contributions: readonly Contribution[],
): { added: Contribution[]; retractedCount: number } {
  const liveBefore = liveIds(map, earlier);
  const liveAfter = liveIds(map, contributions);
  const added = uniqueById(contributions).filter(
    (contribution) => liveAfter.has(contribution.id) && !liveBefore.has(contribution.id),
  );
  return { added, retractedCount: [...liveBefore].filter((id) => !liveAfter.has(id)).length };
}

/** The changes stage by stage, in map order, leaving out the stages nothing was added to. */
function changedStages(
  before: JourneyView,
  after: JourneyView,
  added: readonly Contribution[],
  departmentOf: (contribution: Contribution) => Department | undefined,
): StageChanges[] {
  const addedIds = new Set(added.map((contribution) => contribution.id));
  return after.stages
    .map((stageAfter, index) =>
      stageChanges(
        stageAfter,
        before.stages[index]!,
        added.filter((contribution) => contribution.stageId === stageAfter.stage.id),
        addedIds,
        departmentOf,
      ),
    )
    .filter((stage) => stage.addedCount > 0);
}

function stageChanges(
  stageAfter: StageView,
  stageBefore: StageView,
  addedHere: readonly Contribution[],
  addedIds: ReadonlySet<string>,
  departmentOf: (contribution: Contribution) => Department | undefined,
): StageChanges {
  const kinds: KindChanges[] = [];
  for (const kind of KINDS) {
    const keysBefore = new Set(stageBefore.items[kind].map((item) => item.key));
    const newExamples: string[] = [];
    const reinforced: ReinforcedItem[] = [];
    for (const item of stageAfter.items[kind]) {
      const addedToItem = item.contributionIds.filter((id) => addedIds.has(id)).length;
      if (addedToItem === 0) continue;
      if (keysBefore.has(item.key)) reinforced.push({ text: item.text, added: addedToItem, count: item.count });
      else newExamples.push(item.text);
    }
    if (newExamples.length === 0 && reinforced.length === 0) continue;
    kinds.push({
      kind,
      newCount: newExamples.length,
      newExamples: newExamples.slice(0, EXAMPLES_PER_KIND),
      reinforcedCount: reinforced.length,
      reinforcedExamples: reinforced.sort((a, b) => b.added - a.added || b.count - a.count).slice(0, EXAMPLES_PER_KIND),
    });
  }
  const departments = new Set(addedHere.map(departmentOf));
  return {
    stageId: stageAfter.stage.id,
    stageName: stageAfter.stage.name,
    addedCount: addedHere.length,
    departments: DEPARTMENTS.filter((department) => departments.has(department)),
    kinds,
  };
}

/**
 * Ids of the live contributions, by the model's rule (see `fold`): on one of the map's stages, not
 * a retraction, and not retracted. The view cannot tell, because a score without words (an emoji)
 * counts in its stage but joins no item.
 */
function liveIds(map: JourneyMap, contributions: readonly Contribution[]): Set<string> {
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const retracted = new Set<string>();
  for (const contribution of contributions) {
    if (contribution.retracts !== undefined) retracted.add(contribution.retracts);
  }
  const live = new Set<string>();
  for (const contribution of contributions) {
    if (contribution.mapId !== map.id || !stageIds.has(contribution.stageId)) continue;
    if (contribution.retracts === undefined && !retracted.has(contribution.id)) live.add(contribution.id);
  }
  return live;
}

function uniqueById(contributions: readonly Contribution[]): Contribution[] {
  return [...new Map(contributions.map((contribution) => [contribution.id, contribution])).values()];
}

function countByDepartment(departments: ReadonlyArray<Department | undefined>): DepartmentCount[] {
  const counts = new Map<Department, number>();
  for (const department of departments) {
    if (department !== undefined) counts.set(department, (counts.get(department) ?? 0) + 1);
  }
  // DEPARTMENTS order first, then a stable sort by count: ties keep the familiar order.
  return DEPARTMENTS.filter((department) => counts.has(department))
    .map((department) => ({ department, count: counts.get(department)! }))
    .sort((a, b) => b.count - a.count);
}

function newContributors(before: JourneyView, after: JourneyView): string[] {
  const known = new Set(before.contributorIds);
  return after.contributorIds.filter((userId) => !known.has(userId));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
