import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { constants, type NodeGCPerformanceDetail, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { type InterviewSession, interviewSessionSchema } from '../src/interview/index.ts';
import { fold } from '../src/journey/fold.ts';
import type { JourneyMap } from '../src/journey/model.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { startFlags } from '../test/support/start-flags.ts';
import { tempSqliteUrl } from '../test/support/temp-sqlite.ts';
import { fixed, gc, megabytes, printTable, whole } from './report.ts';
import { benchMap, syntheticContributions } from './synthetic.ts';

/** The figure: a million contributions over a thousand maps, RSS under 150 MB after touching every map. */
const MAPS = 1_000;
const PER_MAP = 1_000;
const CONTRIBUTIONS = MAPS * PER_MAP;
const RSS_TARGET_MB = 150;
/** Maps loaded at once: enough to keep SQLite busy, few enough that the maps waiting are not all in memory. */
const WRITERS = 8;
const TEAM = 'TBENCHMEM';
/** How long a quiet process is watched for V8's own reducing collection (it starts 8 s after the burst by default). */
const QUIET_LIMIT_MS = 30_000;
/** V8 schedules up to two reducing collections in a row: the second comes within about a second of the first. */
const AFTER_REDUCER_MS = 2_000;

interface Reading {
  label: string;
  rss: number;
  /** What V8 holds for its heap, used or not: the part of RSS that GC decides. */
  heapTotal: number;
  heapUsed: number;
  external: number;
}

interface MemoryFigures {
  readings: Reading[];
  loadMs: number;
  foldMs: number;
}

function read(label: string): Reading {
  gc?.();
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { label, rss, heapTotal, heapUsed, external };
}

function mapNumber(index: number): JourneyMap {
  return benchMap({ id: `map-${index}`, teamId: TEAM, name: `Map ${index}`, channelId: `C0MAP${index}` });
}

async function load(store: Store<InterviewSession>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let index = next++; index < MAPS; index = next++) {
        const map = mapNumber(index);
        await store.maps.create(map);
        // One append a map: loading is not what is measured here (the append benchmark is).
        await store.contributions.append(TEAM, syntheticContributions(map, PER_MAP, index + 1));
      }
    }),
  );
}

/** Fills the store, in a process of its own: what loading allocates is not what a serving process holds. */
async function loadHere(storeUrl: string): Promise<number> {
  const store = await openStore(storeUrl, interviewSessionSchema);
  try {
    const started = performance.now();
    await load(store);
    return performance.now() - started;
  } finally {
    await store.close();
  }
}

/** A gc entry carries its kind in `detail`, which Node's types leave off PerformanceEntry. */
function gcKind(entry: PerformanceEntry): number | undefined {
  return 'detail' in entry ? (entry.detail as NodeGCPerformanceDetail).kind : undefined;
}

/**
 * Resolves once V8 has run a major collection that nobody asked for, or after `limitMs`, with the seconds waited
 * and whether one ran. After a burst of allocation V8 keeps the freed pages of its heap in a pool for reuse (the
 * "pooled" figure of --trace-gc, over 100 MB after touching every map) and gives them back to the system only in
 * the reducing collections its memory reducer schedules once allocation has slowed. A serving process spends most
 * of its life quiet, so both readings are printed: right after the burst, and once the reducer has run.
 */
function untilV8ReducesByItself(limitMs: number): Promise<{ seconds: number; reduced: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (reduced: boolean) => {
      observer.disconnect();
      clearTimeout(limit);
      resolve({ seconds: (performance.now() - started) / 1000, reduced });
    };
    const observer = new PerformanceObserver((list) => {
      const major = list.getEntries().some((entry) => gcKind(entry) === constants.NODE_PERFORMANCE_GC_MAJOR);
      if (!major) return;
      // The first one starts the wait for the second; watching stops there.
      observer.disconnect();
      setTimeout(() => finish(true), AFTER_REDUCER_MS);
    });
    observer.observe({ entryTypes: ['gc'] });
    const limit = setTimeout(() => finish(false), limitMs);
  });
}

/**
 * A fresh process serving the filled store: each map touched once, as a busy day touches every map (listed,
 * folded, its view dropped). What stays is what the process caches (CACHE_MEGABYTES' default).
 */
async function touchHere(storeUrl: string): Promise<Pick<MemoryFigures, 'readings' | 'foldMs'>> {
  const store = await openStore(storeUrl, interviewSessionSchema);
  try {
    const readings = [read(`store open, ${whole(CONTRIBUTIONS)} contributions in it`)];
    let foldMs = 0;
    // A reading each quarter: memory bounded by the cache stops growing once the cache is full.
    for (let index = 0; index < MAPS; index += 1) {
      const map = mapNumber(index);
      const started = performance.now();
      fold(map, await store.contributions.list(TEAM, map.id));
      foldMs += performance.now() - started;
      if ((index + 1) % (MAPS / 4) === 0) readings.push(read(`${whole(index + 1)} maps listed and folded once`));
    }
    const quiet = await untilV8ReducesByItself(QUIET_LIMIT_MS);
    const how = quiet.reduced ? "V8's memory reducer ran" : 'no reducing collection seen';
    readings.push(read(`then quiet for ${fixed(quiet.seconds)} s: ${how}`));
    return { readings, foldMs };
  } finally {
    await store.close();
  }
}

/**
 * Runs `phase` in a fresh process, so what earlier benchmarks (and phases) allocated is not counted, with the Node
 * flags of `npm start`: how much memory a process keeps depends on its heap settings as much as on the code.
 */
function inChild<T>(phase: 'load' | 'touch', storeUrl: string): Promise<T> {
  const child = fork(new URL(import.meta.url), [phase, storeUrl], { execArgv: [...startFlags(), '--expose-gc'] });
  return new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`memory benchmark ${phase} process exited with ${code}`)));
  });
}

export async function benchMemory(): Promise<void> {
  const storeUrl = tempSqliteUrl();
  try {
    const loadMs = await inChild<number>('load', storeUrl);
    const touched = await inChild<Pick<MemoryFigures, 'readings' | 'foldMs'>>('touch', storeUrl);
    printMemory({ ...touched, loadMs });
  } finally {
    rmSync(dirname(storeUrl.replace(/^sqlite:\/\//, '')), { recursive: true, force: true });
  }
}

function printMemory(figures: MemoryFigures): void {
  const [open] = figures.readings;
  const touched = figures.readings.at(-2)!;
  const quiet = figures.readings.at(-1)!;
  const verdict = quiet.rss / 1024 / 1024 < RSS_TARGET_MB ? 'target met' : 'TARGET MISSED';
  printTable(
    `Memory: a process serving ${whole(CONTRIBUTIONS)} contributions across ${MAPS} maps in SQLite, after gc`,
    ['moment', 'rss MB', 'heap held MB', 'heap used MB', 'external MB', 'rss growth MB'],
    figures.readings.map((reading) => [
      reading.label,
      megabytes(reading.rss),
      megabytes(reading.heapTotal),
      megabytes(reading.heapUsed),
      megabytes(reading.external),
      megabytes(reading.rss - open!.rss),
    ]),
    [
      `the store was filled by another process in ${fixed(figures.loadMs / 1000)} s (${WRITERS} maps at a time, ` +
        `one append per map); listing and folding all ${MAPS} maps took ${fixed(figures.foldMs)} ms`,
      `rss right after touching every map: ${megabytes(touched.rss)} MB, most of its growth V8's pool of freed ` +
        'heap pages, kept for reuse while allocation is busy',
      `rss of the quiet process: ${megabytes(quiet.rss)} MB (target under ${RSS_TARGET_MB} MB): ${verdict}; ` +
        'an open store is mostly Node loading the TypeScript sources',
    ],
  );
}

if (import.meta.main) {
  const [phase, storeUrl] = process.argv.slice(2);
  if (phase === 'load' || phase === 'touch') {
    process.send?.(phase === 'load' ? await loadHere(storeUrl!) : await touchHere(storeUrl!));
    process.disconnect();
  } else {
    await benchMemory();
  }
}
