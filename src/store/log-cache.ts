import type { Backend, LogEntry } from './backend.ts';

interface CachedLog<T> {
  entries: readonly T[];
  /** The id of the last entry read: the log's entries up to it are all in `entries`. */
  lastId: string;
}

/**
 * The parsed entries of the logs read last, so that reading a busy map again reads and parses only what was
 * added since, not the whole log. Logs are append-only and entry ids unique, so when the cached entries and
 * the new ones add up to the log's size, they are the whole log. An entry that arrives with an id older than
 * one already read (from another instance with a slower clock) makes the sizes disagree, and the whole log is
 * read again: the cache can cost a read, never an entry.
 */
export class LogCache<T> {
  readonly #backend: Backend;
  readonly #parse: (value: string) => T;
  readonly #capacity: number;
  readonly #logs = new Map<string, CachedLog<T>>();

  constructor(backend: Backend, parse: (value: string) => T, capacity: number) {
    this.#backend = backend;
    this.#parse = parse;
    this.#capacity = capacity;
  }

  /** Shared by every reader: the same array for as long as the log is unchanged. */
  async read(log: string): Promise<readonly T[]> {
    const cached = this.#logs.get(log);
    const current = cached ? await this.#catchUp(log, cached) : await this.#readAll(log);
    this.#remember(log, current);
    return current.entries;
  }

  async #catchUp(log: string, cached: CachedLog<T>): Promise<CachedLog<T>> {
    const { entries: added, total } = await this.#backend.readLogAfter(log, cached.lastId, cached.entries.length);
    if (added.length === 0 && total === cached.entries.length) return cached;
    if (total !== cached.entries.length + added.length) return this.#readAll(log);
    return { entries: [...cached.entries, ...this.#parseAll(added)], lastId: added.at(-1)?.id ?? cached.lastId };
  }

  async #readAll(log: string): Promise<CachedLog<T>> {
    const { entries } = await this.#backend.readLogAfter(log, '');
    return { entries: this.#parseAll(entries), lastId: entries.at(-1)?.id ?? '' };
  }

  #parseAll(entries: readonly LogEntry[]): T[] {
    return entries.map((entry) => this.#parse(entry.value));
  }

  /** Most recently read last, so the one read longest ago is forgotten first. */
  #remember(log: string, current: CachedLog<T>): void {
    this.#logs.delete(log);
    this.#logs.set(log, current);
    if (this.#logs.size > this.#capacity) this.#logs.delete(this.#logs.keys().next().value as string);
  }
}
