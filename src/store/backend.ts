import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import type KeyvRedis from '@keyv/redis';
import { createKeyv as createRedisKeyv } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

/**
 * What the repositories need from a storage backend. keyv gives plain key-value records; it has no
 * compare-and-set and no range reads, so the two operations that must never lose a concurrent write use
 * the backend's own atomic primitives through the keyv adapter's connection:
 * - `append`/`readLog`: an append-only log per key (one row or hash field per entry, no read-modify-write);
 * - `claim`: create-if-absent with an expiry, for "only one instance does this" (an event, a digest slot).
 */
export interface Backend {
  readonly kind: 'sqlite' | 'redis' | 'postgres';
  readonly records: Keyv;
  append(log: string, entryId: string, value: string): Promise<void>;
  /** Entries in entry-id order; cost grows with this log's size only. */
  readLog(log: string): Promise<string[]>;
  /**
   * The entries whose id sorts after `afterId`, in id order (what a reader that saw up to `afterId` lacks),
   * and how many entries the whole log holds, both read at one moment. `held`, the number of entries the
   * reader has, lets a backend without range reads answer "nothing new" without sending the log.
   */
  readLogAfter(log: string, afterId: string, held?: number): Promise<LogTail>;
  /** True for exactly one caller until `ttlMs` has passed. */
  claim(key: string, ttlMs: number, now?: number): Promise<boolean>;
  /** Gives a claim back before it expires (the end of a short lock). */
  release(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface LogEntry {
  id: string;
  value: string;
}

export interface LogTail {
  entries: LogEntry[];
  /** Entries in the whole log; it never falls, as entries are never removed. */
  total: number;
}

const NAMESPACE = 'journey';

export async function openBackend(url: string): Promise<Backend> {
  const scheme = url.slice(0, url.indexOf(':'));
  switch (scheme) {
    case 'sqlite':
      return openSqlite(url);
    case 'redis':
    case 'rediss':
      return openRedis(url);
    case 'postgres':
    case 'postgresql':
      return openPostgres(url);
    default:
      throw new Error(`Unsupported STORE_URL scheme "${scheme}"`);
  }
}

function strictKeyv(store: ConstructorParameters<typeof Keyv>[0]): Keyv {
  // keyv swallows store errors by default: a failed read would look like a missing key and the write that
  // follows could destroy data. Errors must surface instead.
  return new Keyv({ store, namespace: NAMESPACE, throwOnErrors: true } as ConstructorParameters<typeof Keyv>[0]);
}

type SqlQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const valuesOf = ({ entries }: LogTail) => entries.map((entry) => entry.value);

function sqlBackend(kind: 'sqlite' | 'postgres', records: Keyv, query: SqlQuery, close: () => Promise<void>): Backend {
  async function readLogAfter(log: string, afterId: string): Promise<LogTail> {
    // One statement is one snapshot, so the count agrees with the entries; the one-row left join still answers
    // the count when there is no entry to read.
    const rows = await query(
      `SELECT (SELECT COUNT(*) FROM journey_log WHERE log = ?) AS total, entry.id, entry.value
       FROM (SELECT 1 AS one) AS anchor LEFT JOIN journey_log AS entry ON entry.log = ? AND entry.id > ?
       ORDER BY entry.id`,
      [log, log, afterId],
    );
    return {
      total: Number(rows[0]?.total ?? 0),
      entries: rows.filter((row) => row.id != null).map((row) => ({ id: String(row.id), value: String(row.value) })),
    };
  }
  return {
    kind,
    records,
    async append(log, entryId, value) {
      await query('INSERT INTO journey_log (log, id, value) VALUES (?, ?, ?) ON CONFLICT (log, id) DO NOTHING', [
        log,
        entryId,
        value,
      ]);
    },
    readLog: (log) => readLogAfter(log, '').then(valuesOf),
    readLogAfter,
    async claim(key, ttlMs, now = Date.now()) {
      const rows = await query(
        `INSERT INTO journey_claim (key, expires_at) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE journey_claim.expires_at <= ?
         RETURNING key`,
        [key, now + ttlMs, now],
      );
      return rows.length === 1;
    },
    async release(key) {
      await query('DELETE FROM journey_claim WHERE key = ?', [key]);
    },
    async ping() {
      await query('SELECT 1 AS ok');
    },
    close,
  };
}

const SQL_SCHEMA = [
  'CREATE TABLE IF NOT EXISTS journey_log (log VARCHAR(255) NOT NULL, id VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (log, id))',
  'CREATE TABLE IF NOT EXISTS journey_claim (key VARCHAR(255) PRIMARY KEY, expires_at BIGINT NOT NULL)',
];

async function openSqlite(url: string): Promise<Backend> {
  const file = url.replace(/^sqlite:\/\//, '');
  if (file !== ':memory:') await mkdir(dirname(resolve(file)), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  const run = adapter.query as (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  // WAL lets several processes read while one writes; the busy timeout makes writers queue, not fail.
  await run('PRAGMA journal_mode = WAL');
  for (const statement of SQL_SCHEMA) await run(statement);
  return sqlBackend(
    'sqlite',
    strictKeyv(adapter),
    (sql, params = []) => run(sql, params),
    () => adapter.close(),
  );
}

async function openPostgres(url: string): Promise<Backend> {
  const adapter = new KeyvPostgres({ uri: url, connectionTimeoutMillis: 5_000 });
  const query: SqlQuery = (sql, params = []) => {
    let position = 0;
    return adapter.query(
      sql.replace(/\?/g, () => `$${++position}`),
      params,
    );
  };
  for (const statement of SQL_SCHEMA) await query(statement);
  return sqlBackend('postgres', strictKeyv(adapter), query, () => adapter.disconnect());
}

async function openRedis(url: string): Promise<Backend> {
  const records = createRedisKeyv(url, { namespace: NAMESPACE, throwOnConnectError: true, connectionTimeout: 5_000 });
  (records as unknown as { throwOnErrors: boolean }).throwOnErrors = true;
  const adapter = records.store as KeyvRedis<unknown>;
  const client = await adapter.getClient();
  const logKey = (log: string) => `${NAMESPACE}:log:${log}`;
  async function readLogAfter(log: string, afterId: string, held?: number): Promise<LogTail> {
    if (held !== undefined) {
      const total = await client.hLen(logKey(log));
      if (total === held) return { total, entries: [] };
    }
    // A hash has no range read: the whole log crosses the wire, but only the entries asked for are kept.
    const all = Object.entries(await client.hGetAll(logKey(log)));
    const entries = all.filter(([id]) => id > afterId);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { total: all.length, entries: entries.map(([id, value]) => ({ id, value })) };
  }
  return {
    kind: 'redis',
    records,
    async append(log, entryId, value) {
      await client.hSetNX(logKey(log), entryId, value);
    },
    readLog: (log) => readLogAfter(log, '').then(valuesOf),
    readLogAfter,
    async claim(key, ttlMs) {
      const result = await client.set(`${NAMESPACE}:claim:${key}`, '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: ttlMs },
      });
      return result === 'OK';
    },
    async release(key) {
      await client.del(`${NAMESPACE}:claim:${key}`);
    },
    async ping() {
      await client.ping();
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
