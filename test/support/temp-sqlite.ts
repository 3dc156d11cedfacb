import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh SQLite file in a temp folder: each test gets its own store. On its own, not in backends.ts, so that the
 * memory benchmark's measured process can use it without loading vitest and the Redis client.
 */
export function tempSqliteUrl(): string {
  return `sqlite://${join(mkdtempSync(join(tmpdir(), 'journey-')), 'journey.sqlite')}`;
}
