// The backend commands that do in one round trip what took several: appending a reply's entries together, and
// taking an event's claim and its message's in order.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { APPEND_BATCH, openBackend } from '../../src/store/backend.ts';
import { keys } from '../../src/store/keys.ts';
import { backendCases, useOpened } from '../support/backends.ts';
import { newId, uniqueTeamId } from '../support/factories.ts';

const cases = await backendCases();
const MINUTE = 60_000;

describe.each(cases)('batched commands on $name', ({ url, available }) => {
  const backend = useOpened(available, () => openBackend(url()));

  const freshLog = () => keys.contributionsLog(uniqueTeamId(), 'M1');
  const freshClaims = (count: number) => {
    const teamId = uniqueTeamId();
    return Array.from({ length: count }, () => ({ key: keys.eventClaim(teamId, newId()), ttlMs: MINUTE }));
  };

  it.skipIf(!available)(
    'appends many entries at once, each id kept once with its first value, in id order',
    async () => {
      const log = freshLog();
      await backend.append(log, 'b', 'first b');
      await backend.appendMany(log, [
        { id: 'c', value: 'c' },
        { id: 'a', value: 'a' },
        { id: 'b', value: 'second b' },
        { id: 'a', value: 'a again' },
      ]);
      await backend.appendMany(log, []);
      expect(await backend.readLog(log)).toEqual(['a', 'first b', 'c']);
    },
  );

  it.skipIf(!available)('appends more entries than one batch holds', async () => {
    const log = freshLog();
    const entries = Array.from({ length: APPEND_BATCH * 2 + 1 }, (_, index) => {
      const id = String(index).padStart(5, '0');
      return { id, value: `entry ${id}` };
    });
    await backend.appendMany(log, entries);
    expect(await backend.readLog(log)).toEqual(entries.map((entry) => entry.value));
  });

  it.skipIf(!available)('takes claims in order up to the first one held, and keeps those it took', async () => {
    const [first, held, after] = freshClaims(3) as [Claim, Claim, Claim];
    expect(await backend.claim(held.key, MINUTE)).toBe(true);
    expect(await backend.claimInOrder([first, held, after])).toBe(1);
    expect(await backend.claim(first.key, MINUTE)).toBe(false);
    expect(await backend.claim(after.key, MINUTE)).toBe(true);
    expect(await backend.claimInOrder([])).toBe(0);
  });

  it.skipIf(!available)('takes over a claim that expired, within the same command', async () => {
    const [expiring, next] = freshClaims(2) as [Claim, Claim];
    expect(await backend.claim(expiring.key, 50)).toBe(true);
    expect(await backend.claimInOrder([expiring, next])).toBe(0);
    await sleep(120);
    expect(await backend.claimInOrder([expiring, next])).toBe(2);
  });

  it.skipIf(!available)('lets one of many concurrent callers on with a shared first key', async () => {
    const [event, message] = freshClaims(2) as [Claim, Claim];
    const taken = await Promise.all(Array.from({ length: 20 }, () => backend.claimInOrder([event, message])));
    expect(taken.sort()).toEqual([...Array(19).fill(0), 2]);
  });

  it.skipIf(!available)('lets one of many concurrent callers take a shared second key', async () => {
    const [message, ...events] = freshClaims(11) as [Claim, ...Claim[]];
    const taken = await Promise.all(events.map((event) => backend.claimInOrder([event, message])));
    expect(taken.sort()).toEqual([...Array(9).fill(1), 2]);
  });
});

interface Claim {
  key: string;
  ttlMs: number;
}
