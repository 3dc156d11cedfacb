// `npm run bench` (node --expose-gc bench/index.ts): every benchmark in turn, each printing its own table with
// the baseline it is compared to, measured in the same run. `--only <name>` runs one of them.
import { cpus } from 'node:os';
import { benchAppend } from './append.ts';
import { benchDigests } from './digests.ts';
import { benchFold } from './fold.ts';
import { benchLatency, benchSaturation } from './load/index.ts';
import { benchTeamSize } from './load/team-size.ts';
import { benchMemory } from './memory.ts';
import { fixed } from './report.ts';

const BENCHMARKS: Record<string, { what: string; run: () => Promise<void> }> = {
  fold: { what: 'fold of 1k, 10k and 100k contributions on one map', run: benchFold },
  append: { what: 'append throughput on SQLite, Redis and PostgreSQL vs raw keyv', run: benchAppend },
  saturation: {
    what: 'requests/s of the real app vs the ceiling (a bare Bolt app making the same Slack calls), 50 connections',
    run: benchSaturation,
  },
  latency: { what: 'ack latency of both at a steady 200 requests/s', run: benchLatency },
  'team-size': { what: 'ack p99 of summary and thread reply with 10 and 10,000 maps', run: benchTeamSize },
  memory: { what: 'resident memory after touching 1,000 maps holding 1,000,000 contributions', run: benchMemory },
  digests: { what: 'time to build 1,000 weekly digests', run: benchDigests },
};

function selected(argv: readonly string[]): string[] {
  const at = argv.indexOf('--only');
  if (at === -1) return Object.keys(BENCHMARKS);
  const name = argv[at + 1];
  if (!name || !(name in BENCHMARKS)) {
    const known = Object.entries(BENCHMARKS).map(([key, { what }]) => `  ${key}: ${what}`);
    throw new Error(`--only needs one of:\n${known.join('\n')}`);
  }
  return [name];
}

const names = selected(process.argv.slice(2));
const cpu = cpus();
console.log(
  `Journey Bot benchmarks, ${new Date().toISOString()}, node ${process.version}, ` +
    `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
);
const started = performance.now();
const failed: string[] = [];
for (const name of names) {
  const benchStarted = performance.now();
  try {
    await BENCHMARKS[name]!.run();
  } catch (err) {
    // One broken benchmark should not hide the others' figures; the exit code still says something failed.
    failed.push(name);
    console.error(`\n${name} FAILED:`, err);
  }
  console.log(`  (${name}: ${fixed((performance.now() - benchStarted) / 1000)} s)`);
}
console.log(
  `\n${failed.length ? `FAILED: ${failed.join(', ')}; ` : ''}done in ${fixed((performance.now() - started) / 1000)} s`,
);
if (failed.length) process.exitCode = 1;
