import { DEPARTMENTS, type Department, type Gaps, type JourneyMap, type StageView } from './model.ts';

/** Where the map is thin: what a facilitator should chase next. */
export function findGaps(
  map: JourneyMap,
  stages: readonly StageView[],
  contributorIds: ReadonlySet<string>,
  departments: readonly Department[],
): Gaps {
  return {
    emptyStageIds: stages.filter((view) => view.contributionCount === 0).map((view) => view.stage.id),
    stageIdsWithoutTouchpoint: stages.filter((view) => view.items.touchpoint.length === 0).map((view) => view.stage.id),
    silentStakeholderIds: map.stakeholderIds.filter((userId) => !contributorIds.has(userId)),
    missingDepartments: DEPARTMENTS.filter((department) => department !== 'other' && !departments.includes(department)),
  };
}
