import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type KeyvRedis from '@keyv/redis';
import type { RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';
import { closeWithin } from './deadline.ts';
import { isTeamKey, keys, TEAM_INDEX_LOG, teamKeyPrefixes } from './keys.ts';
import { NodeSqliteStore } from './node-sqlite.ts';
import { OUTBOX_SCHEMA, type OutboxStore, redisOutbox, type SqlQuery, sqlOutbox } from './outbox-backend.ts';

/**
 * What the repositories need from a storage backend. keyv gives plain key-value records; it has no
 * compare-and-set and no range reads, so the two operations that must never lose a concurrent write use
 * the backend's own atomic primitives through the keyv adapter's connection:
 * - `append`/`readLog`: an append-only log per key (one row or hash field per entry, no read-modify-write);
 * - `claim`: create-if-absent with an expiry, for "only one instance does this" (an event, a digest slot).
 */
export interface Backend {
  readonly kind: 'sqlite' | 'redis' | 'postgres';
  readonly records: RecordStore;
  /** Acknowledged work not yet done (see OutboxRepository). */
  readonly outbox: OutboxStore;
  /** An entry whose id the log already holds keeps its first value. */
  append(log: string, entryId: string, value: string): Promise<void>;
  /**
   * Several entries of one log in one round trip (as `append` each), stored all together: a reader never sees
   * some of them without the others. Batches past APPEND_BATCH entries are written a batch at a time.
   */
  appendMany(log: string, entries: readonly LogEntry[]): Promise<void>;
  /** Entries in entry-id order; cost grows with this log's size only. */
  readLog(log: string): Promise<string[]>;
  /**
   * The entries whose id sorts after `afterId`, in id order (what a reader that saw up to `afterId` lacks),
   * and how many entries the whole log holds, both read at one moment. `held`, the number of entries the
   * reader has, lets a backend without range reads answer "nothing new" without sending the log.
   */
  readLogAfter(log: string, afterId: string, held?: number): Promise<LogTail>;
  /** Removes a whole log (only a log no one writes any more: an append racing it would be lost). */
  dropLog(log: string): Promise<void>;
  /** True for exactly one caller until `ttlMs` has passed. */
  claim(key: string, ttlMs: number, now?: number): Promise<boolean>;
  /**
   * `claim` of each in turn, stopping at the first that someone else holds; resolves to how many were taken, and
   * those stay taken. So two callers sharing the first key never both go on, and of two that took different first
   * keys only one takes a second key they share. One round trip to Redis or PostgreSQL (SQLite, in this process,
   * runs a statement a claim).
   */
  claimInOrder(claims: readonly ClaimRequest[], now?: number): Promise<number>;
  /** Gives a claim back before it expires (the end of a short lock). */
  release(key: string): Promise<void>;
  /**
   * Removes every record, log and claim of a workspace (what keys.ts builds for it), and its entry in the team
   * index. Idempotent: run it again after a failure.
   */
  purgeTeam(teamId: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Whole records by key (keyv underneath); a record set with `ttlMs` reads as absent once that has passed. */
export interface RecordStore {
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface LogEntry {
  id: string;
  value: string;
}

export interface ClaimRequest {
  key: string;
  ttlMs: number;
}

/** Entries per INSERT: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
export const APPEND_BATCH = 500;

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
  const options = { store, namespace: NAMESPACE, throwOnErrors: true } as ConstructorParameters<typeof Keyv>[0];
  return withPlainJson(new Keyv(options));
}

/** How a row written as plain JSON starts; rows keyv's own serializer wrote start with {"value". */
const PLAIN_JSON = '{"format":2';

/**
 * Records are written as plain JSON. keyv's default serializer walks every value by hand to escape strings that
 * start with ":" (and Buffers, which the app never stores), and reads each row back through a reviver called on
 * every node: a large share of a map read's CPU. Rows it wrote before still read through it, and are written in
 * the new form the next time they change.
 */
function withPlainJson(keyv: Keyv): Keyv {
  const written = keyv.deserialize;
  keyv.serialize = (data) => JSON.stringify({ format: 2, ...data });
  keyv.deserialize = (text) => (text.startsWith(PLAIN_JSON) ? JSON.parse(text) : written?.(text));
  return keyv;
}

function recordsOf(keyv: Keyv): RecordStore {
  return {
    get: (key) => keyv.get(key),
    getMany: (keys) => keyv.getMany(keys),
    async set(key, value, ttlMs) {
      await keyv.set(key, value, ttlMs);
    },
    async delete(key) {
      await keyv.delete(key);
    },
  };
}

/**
 * The rows of `column` that hold one of the team's keys (after `namespace`, keyv's prefix on record keys).
 * LIKE's wildcards in a key are escaped. SQLite's LIKE ignores ASCII case; Slack ids are upper case, so no two
 * teams' keys differ by case alone.
 */
function teamKeyCondition(column: string, teamId: string, namespace = ''): { where: string; params: string[] } {
  const prefixes = teamKeyPrefixes(teamId).map((prefix) => namespace + prefix);
  return {
    where: prefixes.map(() => `${column} = ? OR ${column} LIKE ? ESCAPE '\\'`).join(' OR '),
    params: prefixes.flatMap((prefix) => [prefix, `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}:%`]),
  };
}

/** `recordsTable`: keyv's table, named by its adapter. */
async function purgeSqlTeam(query: SqlQuery, recordsTable: string, teamId: string): Promise<void> {
  for (const [table, column, namespace] of [
    [recordsTable, 'key', `${NAMESPACE}:`],
    ['journey_log', 'log', ''],
    ['journey_claim', 'key', ''],
    ['journey_outbox', 'key', ''],
  ] as const) {
    const { where, params } = teamKeyCondition(column, teamId, namespace);
    await query(`DELETE FROM ${table} WHERE ${where}`, params);
  }
  await query('DELETE FROM journey_log WHERE log = ? AND id = ?', [TEAM_INDEX_LOG, teamId]);
}

async function readSqlLog(query: SqlQuery, log: string, afterId: string): Promise<LogTail> {
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

const valuesOf = ({ entries }: LogTail) => entries.map((entry) => entry.value);

/** One statement per APPEND_BATCH entries: a statement is atomic, so a reply's items land together. */
async function appendSqlEntries(query: SqlQuery, log: string, entries: readonly LogEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += APPEND_BATCH) {
    const batch = entries.slice(start, start + APPEND_BATCH);
    await query(
      `INSERT INTO journey_log (log, id, value) VALUES ${batch.map(() => '(?, ?, ?)').join(', ')}
       ON CONFLICT (log, id) DO NOTHING`,
      batch.flatMap((entry) => [log, entry.id, entry.value]),
    );
  }
}

/** Takes the claim unless someone holds it unexpired; an expired holder's row is taken over in place. */
const CLAIM_CONFLICT =
  'ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE journey_claim.expires_at <= ?';

async function claimSql(query: SqlQuery, key: string, ttlMs: number, now: number): Promise<boolean> {
  const rows = await query(
    `INSERT INTO journey_claim (key, expires_at) VALUES (?, ?) ${CLAIM_CONFLICT} RETURNING key`,
    [key, now + ttlMs, now],
  );
  return rows.length === 1;
}

/** SQLite runs in this process: a statement per claim costs no network round trip. */
async function claimSqliteInOrder(query: SqlQuery, claims: readonly ClaimRequest[], now: number): Promise<number> {
  let taken = 0;
  for (const { key, ttlMs } of claims) {
    if (!(await claimSql(query, key, ttlMs, now))) break;
    taken += 1;
  }
  return taken;
}

/**
 * One statement: each claim's INSERT runs only when the one before it returned its row. PostgreSQL checks the
 * conflict of each against rows other statements committed meanwhile, waiting on those not yet committed.
 */
async function claimPostgresInOrder(query: SqlQuery, claims: readonly ClaimRequest[], now: number): Promise<number> {
  if (claims.length === 0) return 0;
  const steps = claims.map(
    (_, index) =>
      `c${index} AS (INSERT INTO journey_claim (key, expires_at) SELECT CAST(? AS TEXT), CAST(? AS BIGINT)
       WHERE ${index === 0 ? 'TRUE' : `EXISTS (SELECT 1 FROM c${index - 1})`} ${CLAIM_CONFLICT} RETURNING key)`,
  );
  const counted = claims.map((_, index) => `(SELECT COUNT(*) FROM c${index})`).join(' + ');
  const rows = await query(
    `WITH ${steps.join(', ')} SELECT ${counted} AS taken`,
    claims.flatMap((claim) => [claim.key, now + claim.ttlMs, now]),
  );
  return Number(rows[0]?.taken ?? 0);
}

function sqlBackend(
  kind: 'sqlite' | 'postgres',
  records: Keyv,
  recordsTable: string,
  query: SqlQuery,
  close: () => Promise<void>,
): Backend {
  return {
    kind,
    records: recordsOf(records),
    outbox: sqlOutbox(kind, query),
    append: (log, id, value) => appendSqlEntries(query, log, [{ id, value }]),
    appendMany: (log, entries) => appendSqlEntries(query, log, entries),
    readLog: (log) => readSqlLog(query, log, '').then(valuesOf),
    readLogAfter: (log, afterId) => readSqlLog(query, log, afterId),
    async dropLog(log) {
      await query('DELETE FROM journey_log WHERE log = ?', [log]);
    },
    claim: (key, ttlMs, now = Date.now()) => claimSql(query, key, ttlMs, now),
    claimInOrder: (claims, now = Date.now()) =>
      (kind === 'postgres' ? claimPostgresInOrder : claimSqliteInOrder)(query, claims, now),
    async release(key) {
      await query('DELETE FROM journey_claim WHERE key = ?', [key]);
    },
    purgeTeam: (teamId) => purgeSqlTeam(query, recordsTable, teamId),
    async ping() {
      await query('SELECT 1 AS ok');
    },
    close,
  };
}

const SQL_SCHEMA = [
  'CREATE TABLE IF NOT EXISTS journey_log (log VARCHAR(255) NOT NULL, id VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (log, id))',
  'CREATE TABLE IF NOT EXISTS journey_claim (key VARCHAR(255) PRIMARY KEY, expires_at BIGINT NOT NULL)',
  ...OUTBOX_SCHEMA,
];

async function openSqlite(url: string): Promise<Backend> {
  const file = url.replace(/^sqlite:\/\//, '');
  if (file !== ':memory:') await mkdir(dirname(resolve(file)), { recursive: true });
  const adapter = new NodeSqliteStore(file, { busyTimeoutMs: 10_000 });
  const query: SqlQuery = async (sql, params = []) => adapter.query(sql, params);
  for (const statement of SQL_SCHEMA) await query(statement);
  return sqlBackend('sqlite', strictKeyv(adapter), adapter.opts.table, query, () => adapter.disconnect());
}

// The network adapters (pg, the Redis client) are imported when their scheme is opened, not at start-up: a process
// keeps one backend, and the two clients it does not use cost some 15 MB of resident memory for nothing.
async function openPostgres(url: string): Promise<Backend> {
  const { default: KeyvPostgres } = await import('@keyv/postgres');
  const adapter = new KeyvPostgres({ uri: url, connectionTimeoutMillis: 5_000 });
  const query: SqlQuery = (sql, params = []) => {
    let position = 0;
    return adapter.query(
      sql.replace(/\?/g, () => `$${++position}`),
      params,
    );
  };
  for (const statement of SQL_SCHEMA) await query(statement);
  const recordsTable = `${adapter.opts.schema ?? 'public'}.${adapter.opts.table ?? 'keyv'}`;
  // pg has no way to drop a pool whose clients wait on a stalled server: past the deadline the close is abandoned.
  const close = () => closeWithin(adapter.disconnect(), () => undefined);
  return sqlBackend('postgres', strictKeyv(adapter), recordsTable, query, close);
}

const redisLogKey = (log: string) => `${NAMESPACE}:log:${log}`;
const redisClaimKey = (key: string) => `${NAMESPACE}:claim:${key}`;

/** The append-only logs, one hash per log and one field per entry. */
function redisLogs(
  client: RedisClientType,
): Pick<Backend, 'append' | 'appendMany' | 'readLog' | 'readLogAfter' | 'dropLog'> {
  return {
    async append(log, entryId, value) {
      await client.hSetNX(redisLogKey(log), entryId, value);
    },
    async appendMany(log, entries) {
      if (entries.length === 0) return;
      // HSET would overwrite an entry already there; MULTI sends every HSETNX at once and applies them together.
      const transaction = client.multi();
      for (const entry of entries) transaction.hSetNX(redisLogKey(log), entry.id, entry.value);
      await transaction.exec();
    },
    readLog: (log) => readRedisLog(client, redisLogKey(log), '').then(valuesOf),
    readLogAfter: (log, afterId, held) => readRedisLog(client, redisLogKey(log), afterId, held),
    async dropLog(log) {
      await client.unlink(redisLogKey(log));
    },
  };
}

/** Claims: keys set only if absent, expiring on their own. */
function redisClaims(client: RedisClientType): Pick<Backend, 'claim' | 'claimInOrder' | 'release'> {
  return {
    async claim(key, ttlMs) {
      const result = await client.set(redisClaimKey(key), '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: ttlMs },
      });
      return result === 'OK';
    },
    async claimInOrder(claims) {
      if (claims.length === 0) return 0;
      const taken = await client.eval(CLAIM_IN_ORDER_SCRIPT, {
        keys: claims.map((claim) => redisClaimKey(claim.key)),
        arguments: claims.map((claim) => String(claim.ttlMs)),
      });
      return Number(taken);
    },
    async release(key) {
      await client.del(redisClaimKey(key));
    },
  };
}

async function openRedis(url: string): Promise<Backend> {
  const { createKeyv: createRedisKeyv } = await import('@keyv/redis');
  const records = createRedisKeyv(url, { namespace: NAMESPACE, throwOnConnectError: true, connectionTimeout: 5_000 });
  (records as unknown as { throwOnErrors: boolean }).throwOnErrors = true;
  withPlainJson(records);
  const adapter = records.store as KeyvRedis<unknown>;
  // A redis:// URL makes one client, never a cluster: SCAN over it sees every key.
  const client = (await adapter.getClient()) as RedisClientType;
  // The prefixes this backend puts before the keys keys.ts builds: keyv's for records, ours for logs and claims.
  const prefixes = [redisLogKey(''), redisClaimKey(''), `${NAMESPACE}${adapter.keyPrefixSeparator}`];
  const outbox = redisOutbox(client);
  return {
    kind: 'redis',
    records: recordsOf(records),
    outbox,
    ...redisLogs(client),
    ...redisClaims(client),
    async purgeTeam(teamId) {
      await purgeRedisTeam(client, teamId, prefixes);
      // The outbox's entries are fields of a few shared keys, not keys of their own.
      for (const entry of await outbox.list(keys.outboxPrefix(teamId))) await outbox.remove(entry.key);
      await client.hDel(redisLogKey(TEAM_INDEX_LOG), teamId);
    },
    async ping() {
      await client.ping();
    },
    close: () => closeWithin(adapter.disconnect(), () => adapter.disconnect(true)),
  };
}

/** A script runs whole before any other command: the claims are taken in order, and stop at the first held. */
const CLAIM_IN_ORDER_SCRIPT = `
for index, key in ipairs(KEYS) do
  if not redis.call('SET', key, '1', 'NX', 'PX', ARGV[index]) then return index - 1 end
end
return #KEYS`;

async function readRedisLog(client: RedisClientType, hash: string, afterId: string, held?: number): Promise<LogTail> {
  if (held !== undefined) {
    const total = await client.hLen(hash);
    if (total === held) return { total, entries: [] };
  }
  // A hash has no range read: the whole log crosses the wire, but only the entries asked for are kept.
  const all = Object.entries(await client.hGetAll(hash));
  const entries = all.filter(([id]) => id > afterId);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { total: all.length, entries: entries.map(([id, value]) => ({ id, value })) };
}

/** Unlinks every key of the team, whichever of `prefixes` (records, logs, claims) it is stored under. */
async function purgeRedisTeam(client: RedisClientType, teamId: string, prefixes: readonly string[]): Promise<void> {
  const isTeams = (redisKey: string) => {
    const prefix = prefixes.find((candidate) => redisKey.startsWith(candidate));
    return prefix !== undefined && isTeamKey(teamId, redisKey.slice(prefix.length));
  };
  // The pattern only narrows the walk to keys with the team id after some colon; isTeamKey decides, by kind.
  const match = `${NAMESPACE}:*:${teamId.replace(/[*?[\]\\]/g, (char) => `\\${char}`)}*`;
  for await (const found of client.scanIterator({ MATCH: match, COUNT: 1_000 })) {
    const owned = found.filter(isTeams);
    if (owned.length > 0) await client.unlink(owned);
  }
}
