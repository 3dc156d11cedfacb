import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isDomainError } from '../../src/errors.ts';
import type { Backend } from '../../src/store/backend.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { withTimeouts } from '../../src/store/timeouts.ts';
import { backendCases } from '../support/backends.ts';
import { makeMap, uniqueTeamId } from '../support/factories.ts';
import { stallingProxy } from '../support/stalling-proxy.ts';

const sessionSchema = z.object({ mapId: z.string(), teamId: z.string(), userId: z.string() });

async function expectUnavailableWithin(work: Promise<unknown>, withinMs: number): Promise<number> {
  const started = Date.now();
  const error = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  const took = Date.now() - started;
  expect(isDomainError(error, 'store_unavailable')).toBe(true);
  expect(took).toBeLessThan(withinMs);
  return took;
}

/** A backend whose every command is sent and never answered. */
function hangingBackend(): Backend {
  const never = () => new Promise<never>(() => undefined);
  return {
    kind: 'sqlite',
    records: { get: never, getMany: never, set: never, delete: never },
    outbox: { add: never, renew: never, takeDue: never, list: never, remove: never, bury: never },
    append: never,
    appendMany: never,
    readLog: never,
    readLogAfter: never,
    dropLog: never,
    claim: never,
    claimInOrder: never,
    release: never,
    purgeTeam: never,
    ping: never,
    close: async () => undefined,
  };
}

describe('store timeouts', () => {
  it('fails a command the backend never answers with store_unavailable after 2 s', async () => {
    const backend = withTimeouts(hangingBackend());
    const took = await expectUnavailableWithin(backend.records.get('map:T1:M1'), 2_500);
    expect(took).toBeGreaterThanOrEqual(1_900);
  });

  it('puts the deadline on every command', async () => {
    const backend = withTimeouts(hangingBackend(), 50);
    await expectUnavailableWithin(backend.append('contrib:T1:M1', 'id', 'value'), 500);
    await expectUnavailableWithin(backend.readLogAfter('contrib:T1:M1', ''), 500);
    await expectUnavailableWithin(backend.claim('event:T1:Ev1', 1_000), 500);
    await expectUnavailableWithin(backend.records.set('map:T1:M1', {}), 500);
    await expectUnavailableWithin(backend.outbox.add('outbox:T1:Ev1', '{}', 1_000), 500);
    await expectUnavailableWithin(backend.outbox.takeDue(0, 1_000, 1), 500);
    await expectUnavailableWithin(backend.ping(), 500);
  });

  it('passes answers and errors through within the deadline', async () => {
    const backend = withTimeouts({ ...hangingBackend(), ping: async () => undefined, readLog: async () => ['a'] }, 50);
    await expect(backend.ping()).resolves.toBeUndefined();
    await expect(backend.readLog('maps:T1')).resolves.toEqual(['a']);
    const failing = withTimeouts({ ...hangingBackend(), ping: () => Promise.reject(new Error('refused')) }, 50);
    await expect(failing.ping()).rejects.toThrow('refused');
  });
});

const servers = (await backendCases()).filter((backend) => backend.name !== 'sqlite');

describe.each(servers)('a $name that stops answering', (backend) => {
  let store: Store<z.infer<typeof sessionSchema>> | undefined;
  let proxy: Awaited<ReturnType<typeof stallingProxy>> | undefined;

  afterEach(async () => {
    await store?.close();
    await proxy?.close();
  });

  it.skipIf(!backend.available)('fails the repositories’ reads and writes fast with store_unavailable', async () => {
    proxy = await stallingProxy(backend.url());
    store = await openStore(proxy.url, sessionSchema, { timeoutMs: 1_000 });
    const map = makeMap({ teamId: uniqueTeamId() });
    await store.maps.create(map);
    proxy.stall();

    await expectUnavailableWithin(store.maps.get(map.teamId, map.id), 1_500);
    await expectUnavailableWithin(store.eventClaims.claim(map.teamId, 'Ev1'), 1_500);
    await expectUnavailableWithin(store.contributions.list(map.teamId, map.id), 1_500);
    await expectUnavailableWithin(store.ping(), 1_500);

    // Shutdown still gets to close the store, though the commands sent meanwhile are never answered.
    const closing = Date.now();
    await store.close();
    store = undefined;
    expect(Date.now() - closing).toBeLessThan(3_000);
  });
});
