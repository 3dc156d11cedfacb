import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore, type Store } from '../../src/store/index.ts';
import { keys } from '../../src/store/keys.ts';
import { backendCases } from '../support/backends.ts';
import { makeMap, makeReplyRecord, uniqueTeamId } from '../support/factories.ts';
import { openRaw, type RawStore } from '../support/raw-store.ts';

const sessionSchema = z.object({ mapId: z.string(), teamId: z.string(), userId: z.string(), step: z.number() });
const DAY_MS = 24 * 3600 * 1000;
const cases = await backendCases();

/** Within a minute of `days` from now: the test's own time between the write and the read. */
function expectExpiresInDays(expiresIn: number | undefined, days: number): void {
  expect(expiresIn).toBeGreaterThan(days * DAY_MS - 60_000);
  expect(expiresIn).toBeLessThanOrEqual(days * DAY_MS);
}

describe.each(cases)('retention on $name', (backend) => {
  let store: Store<z.infer<typeof sessionSchema>>;
  let raw: RawStore;

  beforeAll(async () => {
    if (!backend.available) return;
    const url = backend.url();
    store = await openStore(url, sessionSchema);
    raw = await openRaw(backend, url);
  });
  afterAll(async () => {
    await store?.close();
    await raw?.close();
  });

  it.skipIf(!backend.available)('keeps reply records 90 days and model answers 30, maps for good', async () => {
    const teamId = uniqueTeamId();
    const map = makeMap({ teamId });
    const ref = { teamId, channelId: 'C1', ts: '1700000000.000100' };
    await store.maps.save(map);
    await store.replyRecords.save(makeReplyRecord(ref, map.id));
    await store.insightCache.set(teamId, 'summary:abc', '{}');

    expectExpiresInDays(await raw.expiresIn(keys.replyRecord(teamId, ref.channelId, ref.ts)), 90);
    expectExpiresInDays(await raw.expiresIn(keys.insight(teamId, 'summary:abc')), 30);
    expect(await raw.expiresIn(keys.map(teamId, map.id))).toBeUndefined();
  });

  it.skipIf(!backend.available)('lets the sessions of an archived map expire, and only those', async () => {
    const teamId = uniqueTeamId();
    for (const [mapId, userId] of [
      ['MOLD', 'UA'],
      ['MOLD', 'UB'],
      ['MLIVE', 'UA'],
    ] as const) {
      await store.sessions.save({ teamId, mapId, userId, step: 1 });
    }
    await store.sessions.expireForMap(teamId, 'MOLD', 300);
    expect(await store.sessions.listForMap(teamId, 'MOLD')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(await store.sessions.listForMap(teamId, 'MOLD')).toEqual([]);
    expect(await store.sessions.get(teamId, 'MLIVE', 'UA')).toMatchObject({ step: 1 });
    expect(await raw.expiresIn(keys.session(teamId, 'MLIVE', 'UA'))).toBeUndefined();
  });

  it.skipIf(!backend.available)('keeps the sessions of a reopened map for good again', async () => {
    const teamId = uniqueTeamId();
    await store.sessions.save({ teamId, mapId: 'MBACK', userId: 'UA', step: 1 });
    await store.sessions.expireForMap(teamId, 'MBACK', 300);
    await store.sessions.keepForMap(teamId, 'MBACK');
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(await store.sessions.get(teamId, 'MBACK', 'UA')).toMatchObject({ step: 1 });
    expect(await raw.expiresIn(keys.session(teamId, 'MBACK', 'UA'))).toBeUndefined();
  });

  it.skipIf(!backend.available)('keeps the sessions of an archived map 90 days by default', async () => {
    const teamId = uniqueTeamId();
    await store.sessions.save({ teamId, mapId: 'MOLD', userId: 'UA', step: 1 });
    await store.sessions.expireForMap(teamId, 'MOLD');
    expectExpiresInDays(await raw.expiresIn(keys.session(teamId, 'MOLD', 'UA')), 90);
  });
});
