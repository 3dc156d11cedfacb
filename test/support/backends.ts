import { mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A fresh SQLite file in a temp folder: each test gets its own store. */
export function tempSqliteUrl(): string {
  return `sqlite://${join(mkdtempSync(join(tmpdir(), 'journey-')), 'journey.sqlite')}`;
}

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

/**
 * A Redis database or PostgreSQL database of its own, emptied: for tests whose app takes due work from the whole
 * store (the outbox's sweep), which must not take another test file's entries, nor leave theirs to it.
 * `redisDb`: a Redis database index (1–15) no other test file uses.
 */
export async function isolatedStoreUrl(
  backend: 'redis' | 'postgres',
  { redisDb, postgresDatabase }: { redisDb: number; postgresDatabase: string },
): Promise<string> {
  if (backend === 'redis') {
    const url = `${REDIS_URL.replace(/\/\d*$/, '')}/${redisDb}`;
    const { createClient } = await import('@keyv/redis');
    const client = createClient({ url });
    await client.connect();
    await client.flushDb();
    await client.close();
    return url;
  }
  const { default: KeyvPostgres } = await import('@keyv/postgres');
  const admin = new KeyvPostgres({ uri: POSTGRES_URL });
  await admin.query(`DROP DATABASE IF EXISTS ${postgresDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${postgresDatabase}`);
  await admin.disconnect();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${postgresDatabase}`;
  return url.toString();
}
