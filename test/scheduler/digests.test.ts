import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { createLogger } from '../../src/log.ts';
import { CHECK_INTERVAL_MS, createDigestScheduler } from '../../src/scheduler/digests.ts';
import type { Deps, SlackClient } from '../../src/slack/deps.ts';
import { makeMap } from '../support/factories.ts';

/** Only what the scheduler touches before a digest is due; a check that got further would throw. */
function stubDeps(maps: () => Promise<JourneyMap[]>) {
  const markerReads: string[] = [];
  let listings = 0;
  let listed: JourneyMap[] = [];
  const deps = {
    store: {
      maps: {
        teamIds: async () => {
          listings++;
          listed = await maps();
          return [...new Set(listed.map((map) => map.teamId))];
        },
        async *pages(teamId: string) {
          yield listed.filter((map) => map.teamId === teamId);
        },
      },
      digestMarks: {
        getLast: async (teamId: string, mapId: string) => {
          markerReads.push(`last digest of ${teamId}/${mapId}`);
          return undefined;
        },
      },
      settleNotes: {
        get: async (teamId: string, mapId: string) => {
          markerReads.push(`settle note of ${teamId}/${mapId}`);
          return undefined;
        },
      },
    },
    log: createLogger('silent'),
    now: () => new Date('2026-11-23T07:00:00Z'),
  } as unknown as Deps;
  return { deps, markerReads, listings: () => listings };
}

const noClient = async () => ({}) as SlackClient;

afterEach(() => {
  vi.useRealTimers();
});

describe('createDigestScheduler', () => {
  it('runs a check asked for during a check once more after it, never two at once', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let release = () => {};
    const { deps, listings } = stubDeps(async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      running--;
      return [];
    });
    const scheduler = createDigestScheduler(deps, noClient);
    const first = scheduler.check();
    const second = scheduler.check();
    const third = scheduler.check();
    expect(third).toBe(second);
    release();
    await first;
    release();
    await second;
    expect(listings()).toBe(2);
    expect(mostAtOnce).toBe(1);
  });

  it('checks at start, then every minute; after stop it checks no more', async () => {
    vi.useFakeTimers();
    const { deps, listings } = stubDeps(async () => []);
    const scheduler = createDigestScheduler(deps, noClient);
    scheduler.start();
    expect(listings()).toBe(1);
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(listings()).toBe(2);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(3 * CHECK_INTERVAL_MS);
    expect(listings()).toBe(2);
    await scheduler.check();
    expect(listings()).toBe(2);
  });

  it('skips archived maps and maps whose first slot is still ahead', async () => {
    const live = makeMap({ createdAt: '2026-11-23T06:00:00.000Z' });
    const archived = makeMap({ archivedAt: '2026-11-20T00:00:00.000Z' });
    const { deps, markerReads } = stubDeps(async () => [archived, live]);
    await createDigestScheduler(deps, noClient).check();
    expect(markerReads).toEqual([
      `last digest of ${live.teamId}/${live.id}`,
      `settle note of ${live.teamId}/${live.id}`,
    ]);
  });

  it('keeps going when the store cannot list the maps', async () => {
    const { deps, listings } = stubDeps(() => Promise.reject(new Error('store down')));
    const scheduler = createDigestScheduler(deps, noClient);
    await expect(scheduler.check()).resolves.toBeUndefined();
    await expect(scheduler.check()).resolves.toBeUndefined();
    expect(listings()).toBe(2);
  });
});
