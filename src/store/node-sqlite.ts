import { EventEmitter } from 'node:events';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { TurnTransaction } from './turn-transaction.ts';

/** keyv's table as @keyv/sqlite made it, so a data file written before keeps working. */
const TABLE = 'keyv';
const SCHEMA = `CREATE TABLE IF NOT EXISTS ${TABLE} (key VARCHAR(255) PRIMARY KEY, value TEXT)`;
const WAL_PAGES_BEFORE_CHECKPOINT = 10_000;
/** Statements kept prepared: the app's few dozen shapes, with room for the log batches of varying length. */
const PREPARED_KEPT = 256;

export type SqlRow = Record<string, unknown>;

/**
 * SQLite through `node:sqlite`, built into Node 22: a keyv store adapter plus the raw statements the backend's
 * logs, claims and outbox need. It replaces node-sqlite3, which ran every statement through libuv's thread pool
 * (a hop and a callback each, most of a thread reply's CPU) and needed a native build on install. Statements run
 * synchronously: an embedded SQLite answers in microseconds, faster than the hop cost. Those of one turn of the
 * event loop share a transaction (TurnTransaction), and each answers once it is committed.
 */
export class NodeSqliteStore extends EventEmitter implements KeyvStoreAdapter {
  readonly opts = { dialect: 'sqlite', table: TABLE };
  namespace?: string;
  readonly #db: DatabaseSync;
  readonly #prepared = new Map<string, StatementSync>();
  readonly #turn: TurnTransaction;

  /** `file`: a path, or `:memory:`. `busyTimeoutMs`: how long a write waits for another process's lock. */
  constructor(file: string, { busyTimeoutMs }: { busyTimeoutMs: number }) {
    super();
    this.#db = new DatabaseSync(file);
    this.#db.exec(`PRAGMA busy_timeout = ${Math.floor(busyTimeoutMs)}`);
    // WAL lets another process read while one writes. With WAL, NORMAL syncs at checkpoints instead of on every
    // commit: a commit survives the process dying at any moment (it is in the WAL file), only a power loss can
    // undo the last ones. FULL made each write wait on the disk on the event loop, most of a thread reply's CPU.
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = NORMAL');
    // A checkpoint copies the WAL into the database and syncs both, on the event loop. At SQLite's default of every
    // 1,000 pages (4 MB) it came every few hundred requests and took a quarter of the time of all writes; every
    // 10,000 pages costs a 40 MB WAL at most and changes nothing a crash can lose.
    this.#db.exec(`PRAGMA wal_autocheckpoint = ${WAL_PAGES_BEFORE_CHECKPOINT}`);
    this.#db.exec(SCHEMA);
    this.#turn = new TurnTransaction(this.#db, file);
  }

  /** Runs one statement and answers its rows (none for a write without RETURNING) once they are committed. */
  query(sql: string, params: readonly unknown[] = []): Promise<SqlRow[]> {
    return this.#turn.run(() => this.#statement(sql).all(...(params as SQLInputValue[])) as SqlRow[]);
  }

  #statement(sql: string): StatementSync {
    let statement = this.#prepared.get(sql);
    if (!statement) {
      if (this.#prepared.size >= PREPARED_KEPT) this.#prepared.delete(this.#prepared.keys().next().value!);
      statement = this.#db.prepare(sql);
      this.#prepared.set(sql, statement);
    }
    return statement;
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const [row] = await this.query(`SELECT value FROM ${TABLE} WHERE key = ?`, [key]);
    return row?.value as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    const rows = await this.query(`SELECT key, value FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`, [
      JSON.stringify(keys),
    ]);
    const found = new Map(rows.map((row) => [String(row.key), row.value]));
    return keys.map((key) => found.get(key) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown): Promise<boolean> {
    await this.query(
      `INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
    return true;
  }

  async has(key: string): Promise<boolean> {
    return (await this.query(`SELECT 1 AS found FROM ${TABLE} WHERE key = ?`, [key])).length > 0;
  }

  async delete(key: string): Promise<boolean> {
    return (await this.query(`DELETE FROM ${TABLE} WHERE key = ? RETURNING 1 AS found`, [key])).length > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const sql = `DELETE FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?)) RETURNING 1 AS found`;
    return (await this.query(sql, [JSON.stringify(keys)])).length > 0;
  }

  /** Only this namespace's keys, or every key without one. */
  async clear(): Promise<void> {
    await this.query(`DELETE FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\'`, [namespacePattern(this.namespace)]);
  }

  async *iterator<Value>(namespace?: string): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const sql = `SELECT key, value FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\' ORDER BY key`;
    // Read whole before yielding: the caller may write between two entries.
    for (const row of await this.query(sql, [namespacePattern(namespace)])) {
      yield [String(row.key), row.value as Awaited<Value>];
    }
  }

  async disconnect(): Promise<void> {
    this.#turn.close();
    this.#prepared.clear();
    if (this.#db.isOpen) this.#db.close();
  }
}

function namespacePattern(namespace: string | undefined): string {
  if (!namespace) return '%';
  return `${namespace.replace(/[\\%_]/g, (char) => `\\${char}`)}:%`;
}
