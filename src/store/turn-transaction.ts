import { resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

/** Someone waiting to hear how their statement went: told once the transaction holding it has committed. */
interface Waiter {
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The open connections of this process to each file. Two of them (two instances in one process, as tests run them)
 * must not wait for each other's lock: that wait blocks the event loop, so the turn holding the lock never ends.
 * A connection that begins a transaction first commits the others' on the same file.
 */
const connectionsTo = new Map<string, Set<TurnTransaction>>();

function connectionsToFile(path: string): Set<TurnTransaction> {
  let connections = connectionsTo.get(path);
  if (!connections) {
    connections = new Set();
    connectionsTo.set(path, connections);
  }
  return connections;
}

/**
 * Group commit for an embedded SQLite: the statements run during one turn of the event loop share one transaction,
 * committed when the turn ends. A commit writes the WAL and updates its index, about half the cost of a small
 * write, and under load many requests' statements share one. Nobody hears of a statement before its commit: a
 * write is acknowledged (to the app, and by it to Slack) only once it is in the WAL file, as with a commit each,
 * and a read never hands out rows that a failed commit took back. The write lock is held for that one turn.
 */
export class TurnTransaction {
  readonly #db: DatabaseSync;
  /** Where this connection is registered in connectionsTo; null for a database of its own. */
  readonly #path: string | null;
  readonly #neighbours: Set<TurnTransaction>;
  #waiting: Waiter[] | null = null;

  /** `file`: the database's path, or `:memory:` (a database of its own). */
  constructor(db: DatabaseSync, file: string) {
    this.#db = db;
    this.#path = file === ':memory:' ? null : resolve(file);
    this.#neighbours = this.#path === null ? new Set() : connectionsToFile(this.#path);
    this.#neighbours.add(this);
  }

  /** Runs `statement` now, in this turn's transaction; resolves with its result once that transaction commits. */
  run<T>(statement: () => T): Promise<T> {
    let result: T;
    try {
      this.#begin();
      result = statement();
    } catch (error) {
      this.#lostWith(error);
      return Promise.reject(error);
    }
    const waiting = this.#waiting;
    if (!waiting) return Promise.resolve(result);
    return new Promise<T>((resolve, reject) => {
      waiting.push({ done: () => resolve(result), failed: reject });
    });
  }

  /** Commits what this turn ran (also before the database closes); everyone waiting hears how it went. */
  commit(): void {
    const waiting = this.#waiting;
    if (!waiting) return;
    this.#waiting = null;
    try {
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      for (const waiter of waiting) waiter.failed(error);
      return;
    }
    for (const waiter of waiting) waiter.done();
  }

  /** Commits what is pending; the connection is closing and no longer shares its file. */
  close(): void {
    this.commit();
    this.#neighbours.delete(this);
    if (this.#path !== null && this.#neighbours.size === 0) connectionsTo.delete(this.#path);
  }

  #begin(): void {
    if (this.#waiting) return;
    for (const neighbour of this.#neighbours) if (neighbour !== this) neighbour.commit();
    // IMMEDIATE: the write lock is taken now, waiting (busy_timeout) for another process's, instead of failing
    // later when a read transaction must become a write one.
    this.#db.exec('BEGIN IMMEDIATE');
    this.#waiting = [];
    setImmediate(() => this.commit());
  }

  /** Some failures (a full disk, an I/O error) take the whole transaction back: everyone in it hears of it. */
  #lostWith(error: unknown): void {
    const waiting = this.#waiting;
    if (!waiting || this.#db.isTransaction) return;
    this.#waiting = null;
    for (const waiter of waiting) waiter.failed(error);
  }
}
