import { vi } from 'vitest';
import type { Harness } from '../support/app-harness.ts';

/** Repository methods that only read; every other method writes or claims something. */
const READS = /^(?:get|list|find)/;

/**
 * Watches every writing method of every repository of the app's store, so a test can say "nothing was stored"
 * without knowing which key a handler would have written. Returns the names of the writes seen so far.
 */
export function watchStoreWrites(h: Harness): () => string[] {
  const { maps, contributions, people, sessions, markers } = h.deps.store;
  const repositories = { maps, contributions, people, sessions, markers };
  const spies = Object.entries(repositories).flatMap(([repositoryName, repository]) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(repository))
      .filter((method) => method !== 'constructor' && !READS.test(method))
      .map((method) => ({
        name: `${repositoryName}.${method}`,
        spy: vi.spyOn(repository as unknown as Record<string, () => unknown>, method),
      })),
  );
  return () => spies.filter(({ spy }) => spy.mock.calls.length > 0).map(({ name }) => name);
}
