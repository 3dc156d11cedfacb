// A store of its own for each crash test file, on each backend. A crash leaves outbox entries behind on purpose,
// so a file must never share its store with another file (or another run): the next app would replay them.
import { randomUUID } from 'node:crypto';
import { emptyRedisDatabase, freshPostgresDatabase, type OwnStore, tempSqliteUrl } from '../support/backends.ts';

export type BackendName = 'sqlite' | 'redis' | 'postgres';

/** `drop` removes what `freshStore` created (the PostgreSQL database); the SQLite file stays in its temp folder. */
export type CrashStore = OwnStore;

/** An empty store for one crash test file; `slot` (0 to 5) keeps files on Redis apart. */
export function freshStore(backend: BackendName, slot: number): Promise<CrashStore> {
  // A database per file and run on PostgreSQL; on Redis, databases 10 to 15, apart from the other tests' ones.
  if (backend === 'postgres')
    return freshPostgresDatabase(`journey_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`);
  if (backend === 'redis') return emptyRedisDatabase(10 + slot);
  return Promise.resolve({ url: tempSqliteUrl(), drop: async () => undefined });
}
