// Cost that does not grow with the team: the ack latency of the requests that name or find a map, in a workspace
// of 10 maps and of 10,000, measured in the same run (issue: p99 within 1.2x).
import type { FakeSlack } from '../../test/slack-fake/web-api.ts';
import { fixed, percentile, printTable, whole } from '../report.ts';
import { latencyRun, withFakeSlack } from './index.ts';
import type { RequestKind } from './requests.ts';

/** `/journey summary <name>` finds its map by name; a thread reply finds it by channel. */
const KINDS: readonly RequestKind[] = ['summary', 'thread reply'];
const TEAM_SIZES = [10, 10_000];
const TARGET_RATIO = 1.2;

/**
 * Three runs of each size, small and large in turn, and the p99 of all their acks together: a p99 of one 10 s run
 * rests on its ten slowest acks of a kind, and the mean of two such (same code, four bench runs) put the ratio
 * anywhere from 0.68x to 1.44x.
 */
const RUNS_PER_SIZE = 3;

interface SizeRun {
  maps: number;
  byKind: Map<string, number[]>;
}

async function sizeRuns(fake: FakeSlack): Promise<SizeRun[]> {
  const runs: SizeRun[] = [];
  for (let round = 0; round < RUNS_PER_SIZE; round += 1) {
    for (const maps of TEAM_SIZES) {
      const run = await latencyRun('real', fake, { kinds: KINDS, otherMaps: maps - 1 });
      runs.push({ maps, byKind: run.byKind });
    }
  }
  return runs;
}

function runP99(run: SizeRun, kind: RequestKind): number {
  return percentile(run.byKind.get(kind) ?? [], 99);
}

/** The p99 of one kind's acks in every run of a size, pooled. */
function pooledP99(runs: readonly SizeRun[], maps: number, kind: RequestKind): number {
  return percentile(
    runs.filter((run) => run.maps === maps).flatMap((run) => run.byKind.get(kind) ?? []),
    99,
  );
}

/** Each round's large/small ratio of one kind, so the spread between rounds shows beside the pooled figure. */
function roundRatios(runs: readonly SizeRun[], kind: RequestKind): string {
  const ratios: string[] = [];
  for (let index = 0; index + 1 < runs.length; index += 2) {
    ratios.push(`${fixed(runP99(runs[index + 1]!, kind) / runP99(runs[index]!, kind), 2)}x`);
  }
  return ratios.join(' ');
}

async function measureTeamSizes(fake: FakeSlack): Promise<void> {
  const runs = await sizeRuns(fake);
  const [small, large] = TEAM_SIZES as [number, number];
  printTable(
    `Team size: ack p99 of the real app with ${whole(small)} and ${whole(large)} maps in the workspace ` +
      `(all acks of ${RUNS_PER_SIZE} runs each, sizes in turn)`,
    [
      'kind',
      `p99 ms, ${whole(small)} maps`,
      `p99 ms, ${whole(large)} maps`,
      'ratio',
      `target <= ${TARGET_RATIO}x`,
      'each round',
    ],
    KINDS.map((kind) => {
      const [ofSmall, ofLarge] = [pooledP99(runs, small, kind), pooledP99(runs, large, kind)];
      const ratio = ofLarge / ofSmall;
      return [
        kind,
        fixed(ofSmall),
        fixed(ofLarge),
        `${fixed(ratio, 2)}x`,
        ratio <= TARGET_RATIO ? 'met' : 'MISSED',
        roundRatios(runs, kind),
      ];
    }),
    ['maps are found through the name and channel indexes; the other maps each sit in a channel of their own'],
  );
}

export const benchTeamSize = () => withFakeSlack(measureTeamSizes);
