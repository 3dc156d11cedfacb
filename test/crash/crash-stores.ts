// A store of its own for each crash test file, on each backend. A crash leaves outbox entries behind on purpose,
// so a file must never share its store with another file (or another run): the next app would replay them.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { createClient } from '@redis/client';
import { POSTGRES_URL, REDIS_URL, tempSqliteUrl } from '../support/backends.ts';

export type BackendName = 'sqlite' | 'redis' | 'postgres';

export interface CrashStore {
  url: string;
  /** Removes what `freshStore` created (the PostgreSQL database); the SQLite file stays in its temp folder. */
  drop(): Promise<void>;
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
const require = createRequire(import.meta.url);
const { Client } = require('pg') as { Client: new (options: { connectionString: string }) => PgClient };

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

async function freshPostgres(): Promise<CrashStore> {
  const name = `journey_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await onPostgresServer(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Redis has no databases to create: each crash file takes its own numbered one (10 to 15, `slot` apart from the
 * other files, where other tests use 0) and empties it first, so what an earlier run left is never replayed.
 */
async function freshRedis(slot: number): Promise<CrashStore> {
  const url = new URL(REDIS_URL);
  url.pathname = `/${10 + slot}`;
  const client = createClient({ url: url.toString() });
  await client.connect();
  try {
    await client.flushDb();
  } finally {
    client.destroy();
  }
  return { url: url.toString(), drop: async () => undefined };
}

/** An empty store for one crash test file; `slot` (0 to 5) keeps files on Redis apart. */
export function freshStore(backend: BackendName, slot: number): Promise<CrashStore> {
  if (backend === 'postgres') return freshPostgres();
  if (backend === 'redis') return freshRedis(slot);
  return Promise.resolve({ url: tempSqliteUrl(), drop: async () => undefined });
}
