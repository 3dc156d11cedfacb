import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import { createKeyv as createRedisKeyv } from '@keyv/redis';
import Keyv from 'keyv';
import { type InterviewSession, interviewSessionSchema } from '../src/interview/index.ts';
import type { Contribution } from '../src/journey/model.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { NodeSqliteStore } from '../src/store/node-sqlite.ts';
import { POSTGRES_URL, REDIS_URL, tempSqliteUrl } from '../test/support/backends.ts';
import { median, percent, printTable, whole } from './report.ts';
import { benchMap, syntheticContributions } from './synthetic.ts';

const CONTRIBUTIONS = 1_000;
const WRITER_COUNTS = [1, 8];
/** Store and baseline alternate, so a noisy moment hurts both; the median of the rounds is reported. */
const ROUNDS = 3;
const BASELINE_NAMESPACE = 'journey-bench-baseline';

/** What a backend needs besides the store: the keyv baseline, and removing what the bench wrote. */
interface Raw {
  baseline: Keyv;
  /** Shared servers keep the bench's contribution logs otherwise; a temp SQLite file just goes away. */
  removeLogs(logs: string[]): Promise<void>;
  close(): Promise<void>;
}

interface BackendUnderTest {
  name: 'sqlite' | 'redis' | 'postgres';
  url: string;
  openRaw(url: string): Promise<Raw>;
  /** After the store is closed. */
  dispose?(): void;
}

function sqliteBackend(): BackendUnderTest {
  const url = tempSqliteUrl();
  const file = url.replace(/^sqlite:\/\//, '');
  return {
    name: 'sqlite',
    url,
    async openRaw() {
      const adapter = new NodeSqliteStore(file, { busyTimeoutMs: 10_000 });
      return {
        baseline: new Keyv({ store: adapter, namespace: BASELINE_NAMESPACE }),
        removeLogs: async () => undefined,
        close: () => adapter.disconnect(),
      };
    },
    dispose: () => rmSync(dirname(file), { recursive: true, force: true }),
  };
}

// The two helpers below know how src/store/backend.ts lays out a log (`journey:log:<log>` hash in Redis, rows
// of journey_log in SQL): the store offers no delete, and a benchmark must not leave its rows on shared servers.
function redisBackend(): BackendUnderTest {
  return {
    name: 'redis',
    url: REDIS_URL,
    async openRaw(url) {
      const baseline = createRedisKeyv(url, { namespace: BASELINE_NAMESPACE, throwOnConnectError: true });
      const client = await (
        baseline.store as { getClient(): Promise<{ del(keys: string[]): Promise<number> }> }
      ).getClient();
      return {
        baseline,
        removeLogs: async (logs) => {
          await client.del(logs.map((log) => `journey:log:${log}`));
        },
        close: () => baseline.disconnect(),
      };
    },
  };
}

function postgresBackend(): BackendUnderTest {
  return {
    name: 'postgres',
    url: POSTGRES_URL,
    async openRaw(url) {
      const adapter = new KeyvPostgres({ uri: url, connectionTimeoutMillis: 5_000 });
      return {
        baseline: new Keyv({ store: adapter, namespace: BASELINE_NAMESPACE }),
        removeLogs: async (logs) => {
          await adapter.query('DELETE FROM journey_log WHERE log = ANY($1)', [logs]);
        },
        // @keyv/postgres keeps one pool per process, shared with the store: the store's close ends it.
        close: async () => undefined,
      };
    },
  };
}

/** `writers` concurrent loops share the items; resolves with items per second. */
async function throughput<T>(items: readonly T[], writers: number, write: (item: T) => Promise<unknown>) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = writer; index < items.length; index += writers) await write(items[index]!);
    }),
  );
  return (items.length / (performance.now() - started)) * 1000;
}

interface Row {
  writers: number;
  store: number[];
  baseline: number[];
}

async function measureBackend(backend: BackendUnderTest, store: Store<InterviewSession>, raw: Raw): Promise<Row[]> {
  // A team of its own per run: shared servers may hold the tests' data, and earlier runs' logs.
  const teamId = `TBENCH${randomUUID().slice(0, 8)}`;
  const logs: string[] = [];
  const rows = WRITER_COUNTS.map((writers) => ({ writers, store: [] as number[], baseline: [] as number[] }));
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const row of rows) {
        const map = benchMap({ id: `bench-${round}-${row.writers}`, teamId });
        const contributions = syntheticContributions(map, CONTRIBUTIONS);
        logs.push(`contrib:${teamId}:${map.id}`);
        row.store.push(
          await throughput(contributions, row.writers, (contribution) =>
            store.contributions.append(teamId, [contribution]),
          ),
        );
        row.baseline.push(
          await throughput(contributions, row.writers, (contribution: Contribution) =>
            raw.baseline.set(`${teamId}:${map.id}:${contribution.id}`, JSON.stringify(contribution)),
          ),
        );
        const stored = await store.contributions.list(teamId, map.id);
        if (stored.length !== CONTRIBUTIONS) {
          throw new Error(`${backend.name}: ${stored.length} of ${CONTRIBUTIONS} contributions stored`);
        }
      }
    }
  } finally {
    await raw.removeLogs(logs);
    await raw.baseline.clear();
  }
  return rows;
}

export async function benchAppend(): Promise<void> {
  const tableRows: string[][] = [];
  const notes: string[] = [];
  for (const backend of [sqliteBackend(), redisBackend(), postgresBackend()]) {
    let store: Store<InterviewSession> | undefined;
    let raw: Raw | undefined;
    try {
      store = await openStore(backend.url, interviewSessionSchema);
      raw = await backend.openRaw(backend.url);
    } catch (err) {
      notes.push(`${backend.name} SKIPPED: nothing usable at ${backend.url} (${(err as Error).message})`);
      await store?.close();
      continue;
    }
    try {
      for (const row of await measureBackend(backend, store, raw)) {
        const storeRate = median(row.store);
        const baselineRate = median(row.baseline);
        tableRows.push([
          backend.name,
          String(row.writers),
          whole(storeRate),
          whole(baselineRate),
          percent(storeRate / baselineRate),
        ]);
      }
    } finally {
      await raw.close();
      await store.close();
      backend.dispose?.();
    }
  }
  printTable(
    `Append: ${CONTRIBUTIONS.toLocaleString('en')} contributions to one map, median of ${ROUNDS} rounds`,
    ['backend', 'writers', 'store appends/s', 'keyv sets/s', 'store vs keyv'],
    tableRows,
    [
      'baseline: raw keyv set of the same JSON to distinct keys, same backend, same run, alternating with the store',
      ...notes,
    ],
  );
}

if (import.meta.main) await benchAppend();
