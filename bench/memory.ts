import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type InterviewSession, interviewSessionSchema } from '../src/interview/index.ts';
import { fold } from '../src/journey/fold.ts';
import type { JourneyMap, JourneyView } from '../src/journey/model.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { tempSqliteUrl } from '../test/support/backends.ts';
import { fixed, gc, megabytes, printTable, whole } from './report.ts';
import { benchMap, syntheticContributions } from './synthetic.ts';

const MAPS = 100;
const PER_MAP = 1_000;
const CONTRIBUTIONS = MAPS * PER_MAP;
/** Maps loaded at once: enough to keep SQLite busy, few enough that the maps waiting are not all in memory. */
const WRITERS = 32;
const TEAM = 'TBENCHMEM';

interface Reading {
  label: string;
  rss: number;
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
  const { rss, heapUsed, external } = process.memoryUsage();
  return { label, rss, heapUsed, external };
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
        for (const contribution of syntheticContributions(map, PER_MAP, index + 1)) {
          await store.contributions.append(TEAM, [contribution]);
        }
      }
    }),
  );
}

/** Runs in a fresh process, so what earlier benchmarks allocated is not counted. */
async function measureHere(): Promise<MemoryFigures> {
  const storeUrl = tempSqliteUrl();
  const store = await openStore(storeUrl, interviewSessionSchema);
  try {
    const readings = [read('store open, empty')];
    let started = performance.now();
    await load(store);
    const loadMs = performance.now() - started;
    readings.push(read(`${whole(CONTRIBUTIONS)} contributions appended`));
    started = performance.now();
    const views: JourneyView[] = [];
    for (let index = 0; index < MAPS; index += 1) {
      const map = mapNumber(index);
      views.push(fold(map, await store.contributions.list(TEAM, map.id)));
    }
    const foldMs = performance.now() - started;
    readings.push(read(`every map listed and folded, ${views.length} views held`));
    views.length = 0;
    readings.push(read('views released'));
    return { readings, loadMs, foldMs };
  } finally {
    await store.close();
    rmSync(dirname(storeUrl.replace(/^sqlite:\/\//, '')), { recursive: true, force: true });
  }
}

export async function benchMemory(): Promise<void> {
  const child = fork(new URL(import.meta.url), [], { execArgv: ['--expose-gc'] });
  const figures = await new Promise<MemoryFigures>((resolve, reject) => {
    child.once('message', (message) => resolve(message as MemoryFigures));
    child.once('exit', (code) => reject(new Error(`memory benchmark process exited with ${code}`)));
  });
  const [start] = figures.readings;
  const perContribution = (reading: Reading) => fixed((reading.rss - start!.rss) / CONTRIBUTIONS, 0);
  printTable(
    `Memory: ${whole(CONTRIBUTIONS)} contributions across ${MAPS} maps in SQLite, one fresh process, after gc`,
    ['moment', 'rss MB', 'heap MB', 'external MB', 'rss growth B/contribution'],
    figures.readings.map((reading) => [
      reading.label,
      megabytes(reading.rss),
      megabytes(reading.heapUsed),
      megabytes(reading.external),
      perContribution(reading),
    ]),
    [
      `loading took ${fixed(figures.loadMs / 1000)} s (${WRITERS} maps at a time, one append per contribution); ` +
        `listing and folding all ${MAPS} maps ${fixed(figures.foldMs)} ms`,
    ],
  );
}

if (import.meta.main) {
  if (process.send) {
    process.send(await measureHere());
    process.disconnect();
  } else {
    await benchMemory();
  }
}
