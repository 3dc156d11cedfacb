import type { RedisClientType } from '@keyv/redis';

/**
 * The backends' half of the outbox: a durable queue of acknowledged work, each entry leased to one worker at a
 * time. keyv has no conditional update, so each backend does the lease with its own atomic primitive: one
 * UPDATE … RETURNING in SQL (SKIP LOCKED on PostgreSQL), one script in Redis.
 */
export interface OutboxStore {
  /** Adds the entry, leased until `leaseUntil`, unless its key is there already; true when added. */
  add(key: string, value: string, leaseUntil: number): Promise<boolean>;
  /** Moves the lease of entries still being worked on to `leaseUntil`; a removed entry stays removed. */
  renew(keys: readonly string[], leaseUntil: number): Promise<void>;
  /**
   * Leases up to `limit` entries whose lease ended by `now` until `leaseUntil`, counting an attempt on each. Two
   * workers asking at once never get the same entry.
   */
  takeDue(now: number, leaseUntil: number, limit: number): Promise<OutboxEntry[]>;
  /** Entries with `key`'s prefix (a team's), any state: what a purge removes and a test reads. */
  list(prefix: string): Promise<OutboxEntry[]>;
  /** Done: the entry goes. */
  remove(key: string): Promise<void>;
  /** Given up on: kept aside (dead-lettered), never due again. */
  bury(key: string): Promise<void>;
}

export interface OutboxEntry {
  key: string;
  value: string;
  /** Times the entry was taken after its first run (a replay or a retry). */
  attempts: number;
  /** True once buried. */
  dead: boolean;
}

export type SqlQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const OUTBOX_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS journey_outbox (key VARCHAR(255) PRIMARY KEY, value TEXT NOT NULL,
   due_at BIGINT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, dead INTEGER NOT NULL DEFAULT 0)`,
  'CREATE INDEX IF NOT EXISTS journey_outbox_due ON journey_outbox (dead, due_at)',
];

const entryOf = (row: Record<string, unknown>): OutboxEntry => ({
  key: String(row.key),
  value: String(row.value),
  attempts: Number(row.attempts),
  dead: Number(row.dead) === 1,
});

/** LIKE with the prefix's own wildcards escaped. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * One statement takes the entries and leases them. The outer condition is checked again on each row as it is when
 * taken: a worker that lost a race for a row gets nothing.
 */
async function takeDueSql(
  query: SqlQuery,
  skipLocked: string,
  { now, leaseUntil, limit }: { now: number; leaseUntil: number; limit: number },
): Promise<OutboxEntry[]> {
  const rows = await query(
    `UPDATE journey_outbox SET due_at = ?, attempts = attempts + 1
     WHERE dead = 0 AND due_at <= ? AND key IN (SELECT key FROM journey_outbox
       WHERE dead = 0 AND due_at <= ? ORDER BY due_at LIMIT ? ${skipLocked})
     RETURNING key, value, attempts, dead`,
    [leaseUntil, now, now, limit],
  );
  return rows.map(entryOf);
}

export function sqlOutbox(kind: 'sqlite' | 'postgres', query: SqlQuery): OutboxStore {
  // Rows another transaction is taking are skipped, not waited for; SQLite has one writer and needs no lock.
  const skipLocked = kind === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  return {
    async add(key, value, leaseUntil) {
      const rows = await query(
        'INSERT INTO journey_outbox (key, value, due_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING key',
        [key, value, leaseUntil],
      );
      return rows.length === 1;
    },
    async renew(keys, leaseUntil) {
      if (keys.length === 0) return;
      const list = keys.map(() => '?').join(', ');
      await query(`UPDATE journey_outbox SET due_at = ? WHERE dead = 0 AND key IN (${list})`, [leaseUntil, ...keys]);
    },
    takeDue: (now, leaseUntil, limit) => takeDueSql(query, skipLocked, { now, leaseUntil, limit }),
    async list(prefix) {
      const rows = await query(
        "SELECT key, value, attempts, dead FROM journey_outbox WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
        [likePrefix(prefix)],
      );
      return rows.map(entryOf);
    },
    async remove(key) {
      await query('DELETE FROM journey_outbox WHERE key = ?', [key]);
    },
    async bury(key) {
      await query('UPDATE journey_outbox SET dead = 1 WHERE key = ?', [key]);
    },
  };
}

const REDIS_OUTBOX = {
  /** Sorted by when each entry is next due (its lease's end). */
  due: 'journey:outbox:due',
  entries: 'journey:outbox:entries',
  attempts: 'journey:outbox:attempts',
  /** Buried entries, by when they were buried. */
  dead: 'journey:outbox:dead',
} as const;
const REDIS_OUTBOX_KEYS = [REDIS_OUTBOX.due, REDIS_OUTBOX.entries, REDIS_OUTBOX.attempts, REDIS_OUTBOX.dead];

const ADD_SCRIPT = `
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], 0)
return 1`;

const TAKE_DUE_SCRIPT = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
local taken = {}
for _, key in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], key)
  local attempts = redis.call('HINCRBY', KEYS[3], key, 1)
  table.insert(taken, key)
  table.insert(taken, redis.call('HGET', KEYS[2], key) or '')
  table.insert(taken, attempts)
end
return taken`;

export function redisOutbox(client: RedisClientType): OutboxStore {
  return {
    async add(key, value, leaseUntil) {
      const added = await client.eval(ADD_SCRIPT, {
        keys: REDIS_OUTBOX_KEYS,
        arguments: [key, value, String(leaseUntil)],
      });
      return Number(added) === 1;
    },
    async renew(keys, leaseUntil) {
      if (keys.length === 0) return;
      // XX: only entries still there; a renewal racing a removal must not bring the entry back.
      await client.zAdd(
        REDIS_OUTBOX.due,
        keys.map((value) => ({ score: leaseUntil, value })),
        { XX: true } as never,
      );
    },
    takeDue: (now, leaseUntil, limit) => takeDueRedis(client, now, leaseUntil, limit),
    list: (prefix) => listRedisOutbox(client, prefix),
    remove: (key) => removeRedisEntry(client, key),
    async bury(key) {
      await client
        .multi()
        .zRem(REDIS_OUTBOX.due, key)
        .zAdd(REDIS_OUTBOX.dead, { score: Date.now(), value: key })
        .exec();
    },
  };
}

/** The script answers key, value and attempts of each entry it took, one after the other. */
async function takeDueRedis(client: RedisClientType, now: number, leaseUntil: number, limit: number) {
  const flat = (await client.eval(TAKE_DUE_SCRIPT, {
    keys: REDIS_OUTBOX_KEYS,
    arguments: [String(now), String(leaseUntil), String(limit)],
  })) as unknown[];
  const taken: OutboxEntry[] = [];
  for (let at = 0; at < flat.length; at += 3) {
    taken.push({ key: String(flat[at]), value: String(flat[at + 1]), attempts: Number(flat[at + 2]), dead: false });
  }
  return taken;
}

async function removeRedisEntry(client: RedisClientType, key: string): Promise<void> {
  await client
    .multi()
    .zRem(REDIS_OUTBOX.due, key)
    .zRem(REDIS_OUTBOX.dead, key)
    .hDel(REDIS_OUTBOX.entries, key)
    .hDel(REDIS_OUTBOX.attempts, key)
    .exec();
}

async function listRedisOutbox(client: RedisClientType, prefix: string): Promise<OutboxEntry[]> {
  const entries = Object.entries(await client.hGetAll(REDIS_OUTBOX.entries)).filter(([key]) => key.startsWith(prefix));
  const found: OutboxEntry[] = [];
  for (const [key, value] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const attempts = Number((await client.hGet(REDIS_OUTBOX.attempts, key)) ?? 0);
    const dead = (await client.zScore(REDIS_OUTBOX.dead, key)) !== null;
    found.push({ key, value, attempts, dead });
  }
  return found;
}
