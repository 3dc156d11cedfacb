import { vi } from 'vitest';
import type { Harness } from '../support/app-harness.ts';

/** Repository methods that only read; every other method writes or claims something. */
const READS = /^(?:get|list|find)/;

/**
 * Watches every writing method of every repository of the app's store, so a test can say "nothing was stored"
 * without knowing which key a handler would have written. Returns the names of the writes seen so far.
 */
export function watchStoreWrites(h: Harness): () => string[] {
  // Every repository of the store: the objects among its properties (its functions are ping, close, purgeTeam).
  // The outbox is left out: it records every request Slack sends, read or not, until its work is done.
  const repositories = Object.entries(h.deps.store).filter(
    ([name, value]) => typeof value === 'object' && value !== null && name !== 'outbox',
  );
  const spies = repositories.flatMap(([repositoryName, repository]) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(repository))
      .filter((method) => method !== 'constructor' && !READS.test(method))
      .map((method) => ({
        name: `${repositoryName}.${method}`,
        spy: vi.spyOn(repository as unknown as Record<string, () => unknown>, method),
      })),
  );
  return () => spies.filter(({ spy }) => spy.mock.calls.length > 0).map(({ name }) => name);
}
