import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll } from 'vitest';
import { tempSqliteUrl } from './temp-sqlite.ts';

export { tempSqliteUrl };

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

export interface BackendCase {
  name: 'sqlite' | 'redis' | 'postgres';
  url: () => string;
  available: boolean;
}

/**
 * The backends every store test runs on. Under CI all three are required (a missing server fails the run);
 * elsewhere a missing Redis or PostgreSQL skips its suites with one line saying why.
 */
export async function backendCases(): Promise<BackendCase[]> {
  const [redis, postgres] = await Promise.all([reachable(REDIS_URL), reachable(POSTGRES_URL)]);
  const required = process.env.CI === 'true';
  for (const [name, up, url] of [
    ['Redis', redis, REDIS_URL],
    ['PostgreSQL', postgres, POSTGRES_URL],
  ] as const) {
    if (!up && required) throw new Error(`${name} is required under CI but ${url} is unreachable`);
    if (!up) console.warn(`SKIPPING ${name} store suites: nothing answers at ${url} (start it, or set TEST_*_URL)`);
  }
  return [
    { name: 'sqlite', url: tempSqliteUrl, available: true },
    { name: 'redis', url: () => REDIS_URL, available: redis },
    { name: 'postgres', url: () => POSTGRES_URL, available: postgres },
  ];
}

/**
 * What `open` gives (a backend or a store) for the tests of one backend case: opened before them when the case is
 * available, closed after them. It stands for the opened one once the tests run, not before.
 */
export function useOpened<T extends { close(): Promise<unknown> }>(available: boolean, open: () => Promise<T>): T {
  let opened: T | undefined;
  beforeAll(async () => {
    if (available) opened = await open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return new Proxy({} as T, {
    get(_target, property) {
      if (!opened) throw new Error(`not opened: read ${String(property)} inside a test of an available case`);
      const value = Reflect.get(opened, property);
      return typeof value === 'function' ? value.bind(opened) : value;
    },
  });
}

/** A store the caller has to itself, and how to remove it after (a no-op where nothing was created). */
export interface OwnStore {
  url: string;
  drop(): Promise<void>;
}

/** Redis database `db` (1 to 15), emptied: Redis cannot create databases, only number them. */
export async function emptyRedisDatabase(db: number): Promise<OwnStore> {
  const url = `${REDIS_URL.replace(/\/\d*$/, '')}/${db}`;
  const client = createClient({ url });
  await client.connect();
  try {
    await client.flushDb();
  } finally {
    client.destroy();
  }
  return { url, drop: async () => undefined };
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
// pg itself, not @keyv/postgres: keyv's adapter shares one pool per URL, which closing this would end for others.
const { Client } = createRequire(import.meta.url)('pg') as {
  Client: new (options: { connectionString: string }) => PgClient;
};

/** Runs `sql` on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the one they name). */
async function onPostgresServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** PostgreSQL database `name`, created empty (one left by an earlier run is dropped first). */
export async function freshPostgresDatabase(name: string): Promise<OwnStore> {
  await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onPostgresServer(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A Redis database or PostgreSQL database of its own, emptied: for tests whose app takes due work from the whole
 * store (the outbox's sweep), which must not take another test file's entries, nor leave theirs to it.
 * `redisDb`: a Redis database index (1–15) no other test file uses.
 */
export async function isolatedStoreUrl(
  backend: 'redis' | 'postgres',
  { redisDb, postgresDatabase }: { redisDb: number; postgresDatabase: string },
): Promise<string> {
  const own = backend === 'redis' ? await emptyRedisDatabase(redisDb) : await freshPostgresDatabase(postgresDatabase);
  return own.url;
}
