import KeyvPostgres from '@keyv/postgres';
import { createClient } from '@keyv/redis';
import { NodeSqliteStore } from '../../src/store/node-sqlite.ts';
import type { BackendCase } from './backends.ts';

/**
 * The stored rows themselves, under the store's repositories: what a test needs to say "nothing of this team is
 * left anywhere" or "this record will expire", whatever kind of key holds it.
 */
export interface RawStore {
  /** Every record, log and claim key (and team-index entry) that mentions the text. */
  keysMentioning(text: string): Promise<string[]>;
  /** Milliseconds until the record under `key` (as keys.ts builds it) expires; undefined when it never does. */
  expiresIn(key: string): Promise<number | undefined>;
  close(): Promise<void>;
}

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const MENTIONS = `SELECT key AS found FROM keyv WHERE key LIKE $1 ESCAPE '\\'
  UNION ALL SELECT log FROM journey_log WHERE log LIKE $1 ESCAPE '\\' OR id = $2
  UNION ALL SELECT key FROM journey_claim WHERE key LIKE $1 ESCAPE '\\'`;

function sqlRaw(query: Query, close: () => Promise<void>): RawStore {
  return {
    async keysMentioning(text) {
      const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return (await query(MENTIONS, [pattern, text])).map((row) => String(row.found));
    },
    async expiresIn(key) {
      const [row] = await query('SELECT value FROM keyv WHERE key = $1', [`journey:${key}`]);
      const expires = row && (JSON.parse(String(row.value)) as { expires?: number }).expires;
      return typeof expires === 'number' ? expires - Date.now() : undefined;
    },
    close,
  };
}

async function redisRaw(url: string): Promise<RawStore> {
  const client = await createClient({ url }).connect();
  return {
    async keysMentioning(text) {
      const found: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `*${text}*`, COUNT: 1_000 })) found.push(...batch);
      if ((await client.hExists('journey:log:teams', text)) === 1) found.push(`journey:log:teams#${text}`);
      return found;
    },
    async expiresIn(key) {
      const ttl = await client.pTTL(`journey::${key}`);
      return ttl < 0 ? undefined : ttl;
    },
    async close() {
      client.destroy();
    },
  };
}

/** Opens the backend of a test case directly, beside the store under test. */
export async function openRaw(backend: BackendCase, url: string): Promise<RawStore> {
  if (backend.name === 'redis') return redisRaw(url);
  if (backend.name === 'postgres') {
    // keyv's adapter shares one pool per URL: the store's, which closing the store ends.
    const adapter = new KeyvPostgres({ uri: url });
    return sqlRaw(
      (sql, params) => adapter.query(sql, params),
      async () => {},
    );
  }
  // SQLite reads `$1` as a named parameter: every `$1` is the first value, as in PostgreSQL; node:sqlite binds
  // named parameters by name only.
  const adapter = new NodeSqliteStore(url.replace(/^sqlite:\/\//, ''), { busyTimeoutMs: 10_000 });
  const named = (params: unknown[]) => Object.fromEntries(params.map((value, index) => [`$${index + 1}`, value]));
  return sqlRaw(
    async (sql, params) => adapter.query(sql, [named(params)]),
    () => adapter.disconnect(),
  );
}
