// Which store commands count as writes for the crash tests' kill hook, and how each is named in a report. Pure
// functions, apart from the hook so they can be tested without patching anything.

const SQL_WRITE = /^\s*(insert|update|delete|upsert|replace)\b/i;
const SQL_CTE_WRITE = /^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;

/**
 * A key of the outbox: "journey:outbox…" as the brief names them, also under keyv's namespace ("journey::outbox…"),
 * in case the outbox keeps its entries as records.
 */
const isOutboxKey = (value: unknown) => typeof value === 'string' && /^journey::?outbox/.test(value);

/**
 * An INSERT/UPDATE/DELETE/UPSERT (a CTE holding one included), the outbox's own bookkeeping excluded: a statement
 * naming the journey_outbox table, or one whose parameters hold an outbox key.
 */
export function isSqlWrite(sql: string, params: readonly unknown[] = []): boolean {
  const write = SQL_WRITE.test(sql) || SQL_CTE_WRITE.test(sql);
  return write && !/journey_outbox/i.test(sql) && !params.some(isOutboxKey);
}

/** The statement's verb and table ("INSERT journey_log"): the same in every run, whatever ids it carries. */
export function sqlDetail(sql: string): string {
  const [, verb = 'WRITE', table = ''] =
    /\b(insert into|update|delete from|upsert into|replace into)\s+([\w."]+)/i.exec(sql) ?? [];
  return `${verb.split(' ')[0]!.toUpperCase()} ${table}`;
}

const sqlText = (value: unknown) => (typeof value === 'string' ? value : String((value as { text?: string })?.text));
/** The bound values, however the driver took them: an array, spread values, or pg's `{ text, values }`. */
const sqlParams = (args: unknown[]): unknown[] =>
  [(args[0] as { values?: unknown[] })?.values ?? [], ...args.slice(1)]
    .filter((arg) => typeof arg !== 'function')
    .flat();
export const describeSql = (args: unknown[]) =>
  isSqlWrite(sqlText(args[0]), sqlParams(args)) ? sqlDetail(sqlText(args[0])) : undefined;

const REDIS_WRITES = new Set(
  (
    'SET SETNX SETEX PSETEX GETSET GETDEL GETEX HSET HSETNX HMSET HDEL HINCRBY DEL UNLINK EXPIRE PEXPIRE PEXPIREAT ' +
    'EXPIREAT PERSIST EVAL EVALSHA FCALL ZADD ZREM ZINCRBY ZPOPMIN ZPOPMAX LPUSH RPUSH LPOP RPOP LREM LTRIM SADD SREM ' +
    'SPOP INCR INCRBY DECR DECRBY MSET MSETNX XADD XDEL XTRIM RENAME COPY FLUSHDB FLUSHALL'
  ).split(' '),
);

export type RedisArgs = readonly unknown[];

/** The command's name when it writes something other than the outbox, otherwise undefined. */
export function redisWrite(args: RedisArgs): string | undefined {
  const name = String(args[0]).toUpperCase();
  if (!REDIS_WRITES.has(name)) return undefined;
  const outboxOnly = args.slice(1).some((arg) => isOutboxKey(String(arg)));
  // The key's first two parts ("journey:log", "journey:session") name what is written without the ids that
  // differ between runs (keyv puts "::" after its namespace).
  const key = name === 'EVAL' || name === 'EVALSHA' || name === 'FCALL' ? args[3] : args[1];
  const kindOfKey = String(key ?? '')
    .split(':')
    .filter((part) => part !== '')
    .slice(0, 2)
    .join(':');
  return outboxOnly ? undefined : `${name} ${kindOfKey}`;
}

/** A MULTI or pipeline counts once: as one write when any of its commands writes outside the outbox. */
export function describeBatch(kind: string) {
  return (args: unknown[]) => {
    const commands = (args[0] ?? []) as { args: RedisArgs }[];
    const writes = commands.map((command) => redisWrite(command.args)).filter((write) => write !== undefined);
    return writes.length > 0 ? `${kind} ${writes.join(', ')}` : undefined;
  };
}
