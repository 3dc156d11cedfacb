/**
 * A per-process memo whose entries go stale after `ttlMs`: for what Slack says about a person, which changes
 * rarely and is cheap to ask again. Bounded by dropping everything at `capacity` (see journey/memoise.ts for
 * why not one key at a time).
 */
export interface ExpiringCache<T> {
  get(key: string, now: Date): T | undefined;
  set(key: string, value: T, now: Date): void;
  /** Forgets one entry at once: Slack said it changed. */
  delete(key: string): void;
}

export function createExpiringCache<T>(ttlMs: number, capacity = 10_000): ExpiringCache<T> {
  let entries = new Map<string, { value: T; expiresAt: number }>();
  return {
    get(key, now) {
      const entry = entries.get(key);
      return entry && entry.expiresAt > now.getTime() ? entry.value : undefined;
    },
    set(key, value, now) {
      if (entries.size >= capacity) entries = new Map();
      entries.set(key, { value, expiresAt: now.getTime() + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
