import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore, type PendingDelivery } from '../../src/store/index.ts';
import { backendCases, isolatedStoreUrl, useOpened } from '../support/backends.ts';
import { makeMap, uniqueTeamId } from '../support/factories.ts';

const sessionSchema = z.object({ mapId: z.string(), teamId: z.string(), userId: z.string() });
const cases = await backendCases();

/** Its own database on the servers: the sweep takes due entries from the whole store. */
async function storeUrl(name: 'sqlite' | 'redis' | 'postgres', sqliteUrl: () => string): Promise<string> {
  if (name === 'sqlite') return sqliteUrl();
  return isolatedStoreUrl(name, { redisDb: 5, postgresDatabase: 'journey_outbox_test' });
}

function delivery(teamId: string, deliveryId: string, receivedAt = 1_000): PendingDelivery {
  return { teamId, deliveryId, receivedAt, body: { type: 'event_callback', event_id: deliveryId, team_id: teamId } };
}

describe.each(cases)('the outbox on $name', ({ name, url, available }) => {
  const store = useOpened(available, async () => openStore(await storeUrl(name, url), sessionSchema));

  it.skipIf(!available)('adds a delivery once: the same delivery again is refused', async () => {
    const teamId = uniqueTeamId();
    expect(await store.outbox.add(delivery(teamId, 'Ev1'), Date.now() + 60_000)).toBe(true);
    expect(await store.outbox.add(delivery(teamId, 'Ev1', 2_000), Date.now() + 60_000)).toBe(false);
    expect(await store.outbox.list(teamId)).toEqual([{ deliveryId: 'Ev1', attempts: 0, dead: false }]);
  });

  it.skipIf(!available)('hands out an entry whose lease ran out, to one taker of several asking at once', async () => {
    const teamId = uniqueTeamId();
    const now = Date.now();
    await store.outbox.add(delivery(teamId, 'EvLapsed'), now - 1);
    await store.outbox.add(delivery(teamId, 'EvLeased'), now + 60_000);
    const takers = await Promise.all(Array.from({ length: 6 }, () => store.outbox.takeDue(now, now + 60_000, 50)));
    const taken = takers.flatMap(({ due }) => due).filter((entry) => entry.teamId === teamId);
    expect(taken.map((entry) => entry.deliveryId)).toEqual(['EvLapsed']);
    expect(taken[0]).toMatchObject({ attempts: 1, receivedAt: 1_000, body: { event_id: 'EvLapsed' } });
    // Leased to its taker now: nobody else gets it until that lease runs out.
    const again = await store.outbox.takeDue(now + 1, now + 60_000, 50);
    expect(again.due.filter((entry) => entry.teamId === teamId)).toEqual([]);
  });

  it.skipIf(!available)('keeps a renewed entry from others, and forgets a removed one for good', async () => {
    const teamId = uniqueTeamId();
    const now = Date.now();
    const working = delivery(teamId, 'EvWorking');
    const done = delivery(teamId, 'EvDone');
    await store.outbox.add(working, now + 100);
    await store.outbox.add(done, now + 100);
    await store.outbox.renew([working], now + 60_000);
    await store.outbox.remove(done);
    // A renewal racing the removal must not bring the removed entry back.
    await store.outbox.renew([done], now + 60_000);
    const taken = await store.outbox.takeDue(now + 1_000, now + 2_000, 50);
    expect(taken.due.filter((entry) => entry.teamId === teamId)).toEqual([]);
    expect((await store.outbox.list(teamId)).map((entry) => entry.deliveryId)).toEqual(['EvWorking']);
  });

  it.skipIf(!available)('sets a buried entry aside: listed as dead, never due again', async () => {
    const teamId = uniqueTeamId();
    const now = Date.now();
    const poison = delivery(teamId, 'EvPoison');
    await store.outbox.add(poison, now - 1);
    await store.outbox.bury(poison);
    const taken = await store.outbox.takeDue(now + 60_000, now + 120_000, 50);
    expect(taken.due.filter((entry) => entry.teamId === teamId)).toEqual([]);
    expect(await store.outbox.list(teamId)).toEqual([{ deliveryId: 'EvPoison', attempts: 0, dead: true }]);
  });

  it.skipIf(!available)(
    "is emptied of a workspace's entries, and only of those, when the workspace is purged",
    async () => {
      const [gone, kept] = [uniqueTeamId(), uniqueTeamId()];
      await store.maps.create(makeMap({ teamId: gone }));
      await store.outbox.add(delivery(gone, 'EvGone'), Date.now() + 60_000);
      await store.outbox.add(delivery(kept, 'EvKept'), Date.now() + 60_000);
      await store.purgeTeam(gone);
      expect(await store.outbox.list(gone)).toEqual([]);
      expect((await store.outbox.list(kept)).map((entry) => entry.deliveryId)).toEqual(['EvKept']);
    },
  );
});
