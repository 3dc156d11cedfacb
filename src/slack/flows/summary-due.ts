import type { JourneyMap, StageView } from '../../journey/model.ts';
import type { SummaryMark } from '../../store/index.ts';
import type { SummaryTrigger } from '../views/summary.ts';

/** New live inputs on a stage that earn it a fresh summary. */
export const NEW_INPUTS_PER_SUMMARY = 10;
/** No stage gets more than one automatic summary in this long. */
export const SUMMARY_INTERVAL_MS = 60 * 60_000;
/** New input is summarised once the stage has been quiet this long: not while the interviews are still running. */
export const QUIET_MS = 60 * 60_000;

export function everyoneAnswered(map: JourneyMap, stageView: StageView): boolean {
  const heard = new Set(stageView.contributorIds);
  return map.stakeholderIds.length > 0 && map.stakeholderIds.every((userId) => heard.has(userId));
}

export function markOf(map: JourneyMap, stageView: StageView, now: Date): SummaryMark {
  return { at: now.toISOString(), count: stageView.contributionCount, everyone: everyoneAnswered(map, stageView) };
}

/** When the stage last heard anything, or null when it never did. */
function lastInputAt(stageView: StageView): number | null {
  const times = Object.values(stageView.items).flatMap((items) => items.map((item) => Date.parse(item.lastAt)));
  return times.length === 0 ? null : Math.max(...times);
}

/**
 * Whether a stage has earned an automatic summary, once it has settled: at most once an hour, when its last
 * stakeholder has just answered it, or when enough new input arrived since its last summary and nobody has added
 * anything for an hour.
 */
export function dueSummary(
  map: JourneyMap,
  stageView: StageView,
  last: SummaryMark | undefined,
  now: Date,
): SummaryTrigger | null {
  if (last && now.getTime() - Date.parse(last.at) < SUMMARY_INTERVAL_MS) return null;
  if (everyoneAnswered(map, stageView) && !last?.everyone) return { kind: 'everyone_answered' };
  const count = newInputs(stageView, last);
  return count >= NEW_INPUTS_PER_SUMMARY && isQuiet(stageView, now) ? { kind: 'new_input', count } : null;
}

/** Whether the stage has input enough for a summary but is still being talked about: check again once quiet. */
export function awaitsQuiet(stageView: StageView, last: SummaryMark | undefined, now: Date): boolean {
  return newInputs(stageView, last) >= NEW_INPUTS_PER_SUMMARY && !isQuiet(stageView, now);
}

function newInputs(stageView: StageView, last: SummaryMark | undefined): number {
  return stageView.contributionCount - (last?.count ?? 0);
}

function isQuiet(stageView: StageView, now: Date): boolean {
  const heardAt = lastInputAt(stageView);
  return heardAt !== null && now.getTime() - heardAt >= QUIET_MS;
}
