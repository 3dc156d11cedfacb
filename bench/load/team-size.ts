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

interface SizeRun {
  maps: number;
  byKind: Map<string, number[]>;
}

async function measureTeamSizes(fake: FakeSlack): Promise<void> {
  const runs: SizeRun[] = [];
  // Small, large, small, large: a drift in the machine's load shows as two runs of one size disagreeing.
  for (const maps of [...TEAM_SIZES, ...TEAM_SIZES]) {
    const run = await latencyRun('real', fake, { kinds: KINDS, otherMaps: maps - 1 });
    runs.push({ maps, byKind: run.byKind });
  }
  const p99 = (maps: number, kind: RequestKind) => {
    const values = runs.filter((run) => run.maps === maps).map((run) => percentile(run.byKind.get(kind) ?? [], 99));
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const [small, large] = TEAM_SIZES as [number, number];
  printTable(
    `Team size: ack p99 of the real app with ${whole(small)} and ${whole(large)} maps in the workspace (mean of 2 runs each)`,
    ['kind', `p99 ms, ${whole(small)} maps`, `p99 ms, ${whole(large)} maps`, 'ratio', `target <= ${TARGET_RATIO}x`],
    KINDS.map((kind) => {
      const ratio = p99(large, kind) / p99(small, kind);
      return [
        kind,
        fixed(p99(small, kind)),
        fixed(p99(large, kind)),
        `${fixed(ratio, 2)}x`,
        ratio <= TARGET_RATIO ? 'met' : 'MISSED',
      ];
    }),
    ['maps are found through the name and channel indexes; the other maps each sit in a channel of their own'],
  );
}

export const benchTeamSize = () => withFakeSlack(measureTeamSizes);
