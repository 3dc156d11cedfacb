import type { FoldOptions } from '../journey/fold.ts';
import type { Contribution, Department, JourneyMap, JourneyView, Stage } from '../journey/model.ts';
import { type Changes, changesSince } from './changes.ts';

export const TOP_IMPROVEMENTS = 3;

export interface CurvePoint {
  stageId: string;
  stageName: string;
  /** Mean feeling 1-5, null when nobody scored the stage. */
  mean: number | null;
  count: number;
}

export interface Missing {
  emptyStages: Stage[];
  departments: Department[];
  /** Stakeholders who have said nothing or not finished their interview, in the map's order. */
  stakeholderIds: string[];
}

/** The weekly digest as data; the Slack view turns it into blocks. */
export interface Digest<Improvement> {
  mapId: string;
  /** When the digest was composed: the `lastDigestAt` of the next one. */
  at: string;
  since: string | null;
  /** Nothing added or taken back since the last digest: post the short version. */
  quiet: boolean;
  changes: Changes;
  curve: CurvePoint[];
  /** The stage that feels worst, when at least two stages have scores and they differ. */
  lowestStageId: string | null;
  improvements: Improvement[];
  missing: Missing;
}

export interface ComposeDigestInput<Improvement> {
  map: JourneyMap;
  view: JourneyView;
  contributions: readonly Contribution[];
  lastDigestAt: string | null;
  /** Suggested improvements, best first; the digest shows the top few. */
  improvements: readonly Improvement[];
  now: Date;
  unfinishedStakeholderIds?: readonly string[];
  foldOptions?: FoldOptions;
}

export function composeDigest<Improvement>({
  map,
  view,
  contributions,
  lastDigestAt,
  improvements,
  now,
  unfinishedStakeholderIds = [],
  foldOptions,
}: ComposeDigestInput<Improvement>): Digest<Improvement> {
  // Only what happened up to now: with `at` as the next digest's `since`, every contribution lands in
  // exactly one digest, even one stamped slightly ahead by another instance's clock.
  const upToNow = contributions.filter((contribution) => Date.parse(contribution.createdAt) <= now.getTime());
  const changes = changesSince(map, upToNow, lastDigestAt, foldOptions);
  const curve = emotionCurve(view);
  return {
    mapId: map.id,
    at: now.toISOString(),
    since: lastDigestAt,
    quiet: changes.addedCount === 0 && changes.retractedCount === 0,
    changes,
    curve,
    lowestStageId: lowestStageId(curve),
    improvements: improvements.slice(0, TOP_IMPROVEMENTS),
    missing: missing(map, view, unfinishedStakeholderIds),
  };
}

function emotionCurve(view: JourneyView): CurvePoint[] {
  return view.stages.map(({ stage, feeling }) => ({
    stageId: stage.id,
    stageName: stage.name,
    mean: feeling.mean,
    count: feeling.count,
  }));
}

/** A dip needs something to dip from: one scored stage, or all alike, has no lowest point worth a call-out. */
function lowestStageId(curve: readonly CurvePoint[]): string | null {
  const scored = curve.filter((point): point is CurvePoint & { mean: number } => point.mean !== null);
  if (scored.length < 2) return null;
  let lowest = scored[0]!;
  let highestMean = lowest.mean;
  for (const point of scored) {
    if (point.mean < lowest.mean) lowest = point;
    highestMean = Math.max(highestMean, point.mean);
  }
  return lowest.mean < highestMean ? lowest.stageId : null;
}

function missing(map: JourneyMap, view: JourneyView, unfinishedStakeholderIds: readonly string[]): Missing {
  const emptyStageIds = new Set(view.gaps.emptyStageIds);
  const unanswered = new Set([...view.gaps.silentStakeholderIds, ...unfinishedStakeholderIds]);
  return {
    emptyStages: map.stages.filter((stage) => emptyStageIds.has(stage.id)),
    departments: view.gaps.missingDepartments,
    stakeholderIds: map.stakeholderIds.filter((userId) => unanswered.has(userId)),
  };
}
