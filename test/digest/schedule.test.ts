import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentSlot, type DigestSlot, dueSlot, isValidTimeZone } from '../../src/digest/schedule.ts';
import type { DigestSchedule } from '../../src/journey/model.ts';
import { itReturns } from '../support/tables.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONES = ['UTC', 'Europe/Athens', 'America/New_York', 'Asia/Shanghai', 'Pacific/Auckland'] as const;

function schedule(timeZone: string, weekday: number, hour: number): DigestSchedule {
  return { timeZone, weekday, hour };
}

/** ISO weekday, hour and minute of an instant on the zone's wall clock, read independently of the code under test. */
function localTime(at: Date, timeZone: string): { weekday: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  return { weekday, hour: Number(part('hour')), minute: Number(part('minute')) };
}

describe('currentSlot', () => {
  // Expected instants checked against Python's zoneinfo.
  it.each([
    ['UTC, at the slot itself', schedule('UTC', 1, 9), '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z'],
    ['UTC, a second before: last week', schedule('UTC', 1, 9), '2026-11-23T08:59:59.999Z', '2026-11-16T09:00:00.000Z'],
    ['UTC, across the new year', schedule('UTC', 1, 9), '2026-01-01T00:00:00.000Z', '2025-12-29T09:00:00.000Z'],
    ['UTC, Sunday slot', schedule('UTC', 7, 0), '2026-11-28T23:59:00.000Z', '2026-11-22T00:00:00.000Z'],
    ['Athens winter (UTC+2)', schedule('Europe/Athens', 1, 9), '2026-11-23T12:00:00.000Z', '2026-11-23T07:00:00.000Z'],
    ['Athens summer (UTC+3)', schedule('Europe/Athens', 1, 9), '2026-06-15T06:00:00.000Z', '2026-06-15T06:00:00.000Z'],
    [
      'Athens, first Monday after clocks go forward',
      schedule('Europe/Athens', 1, 9),
      '2026-03-30T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ],
    [
      'Athens, just before that slot: the winter one',
      schedule('Europe/Athens', 1, 9),
      '2026-03-30T05:59:59.000Z',
      '2026-03-23T07:00:00.000Z',
    ],
    [
      'Athens, first Monday after clocks go back',
      schedule('Europe/Athens', 1, 9),
      '2026-10-26T07:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
    ],
    [
      'Athens, 09:00 summer time is only 08:00 now',
      schedule('Europe/Athens', 1, 9),
      '2026-10-26T06:30:00.000Z',
      '2026-10-19T06:00:00.000Z',
    ],
    [
      'Athens, 03:00 does not exist on the switch day: 04:00',
      schedule('Europe/Athens', 7, 3),
      '2026-03-29T12:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'New York, 02:00 does not exist on the switch day: 03:00',
      schedule('America/New_York', 7, 2),
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      'New York, before the gap: last week',
      schedule('America/New_York', 7, 2),
      '2026-03-08T06:59:00.000Z',
      '2026-03-01T07:00:00.000Z',
    ],
    [
      'New York, 01:00 happens twice: the first',
      schedule('America/New_York', 7, 1),
      '2026-11-01T12:00:00.000Z',
      '2026-11-01T05:00:00.000Z',
    ],
    [
      'New York, between the two 01:00s',
      schedule('America/New_York', 7, 1),
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T05:00:00.000Z',
    ],
    [
      'New York EDT Friday',
      schedule('America/New_York', 5, 17),
      '2026-10-30T21:00:00.000Z',
      '2026-10-30T21:00:00.000Z',
    ],
    [
      'New York EST Friday',
      schedule('America/New_York', 5, 17),
      '2026-11-06T22:00:00.000Z',
      '2026-11-06T22:00:00.000Z',
    ],
    ['Shanghai (UTC+8)', schedule('Asia/Shanghai', 1, 9), '2026-11-23T01:00:00.000Z', '2026-11-23T01:00:00.000Z'],
    [
      'Shanghai, 08:30 Monday: last week',
      schedule('Asia/Shanghai', 1, 9),
      '2026-11-23T00:30:00.000Z',
      '2026-11-16T01:00:00.000Z',
    ],
    [
      'Auckland, Monday there while Sunday in UTC',
      schedule('Pacific/Auckland', 1, 9),
      '2026-11-22T21:00:00.000Z',
      '2026-11-22T20:00:00.000Z',
    ],
    [
      'Auckland, first Monday of summer time',
      schedule('Pacific/Auckland', 1, 9),
      '2026-09-27T20:00:00.000Z',
      '2026-09-27T20:00:00.000Z',
    ],
    [
      'Auckland, before it: the winter slot',
      schedule('Pacific/Auckland', 1, 9),
      '2026-09-27T19:59:00.000Z',
      '2026-09-20T21:00:00.000Z',
    ],
    [
      'Auckland, 02:00 skipped on the switch day: 03:00',
      schedule('Pacific/Auckland', 7, 2),
      '2026-09-27T12:00:00.000Z',
      '2026-09-26T14:00:00.000Z',
    ],
    [
      'Auckland, 02:00 twice when clocks go back: the first',
      schedule('Pacific/Auckland', 7, 2),
      '2026-04-05T12:00:00.000Z',
      '2026-04-04T13:00:00.000Z',
    ],
    [
      'Auckland, first Monday of winter time',
      schedule('Pacific/Auckland', 1, 9),
      '2026-04-06T00:00:00.000Z',
      '2026-04-05T21:00:00.000Z',
    ],
    [
      'unknown zone counts as UTC',
      schedule('Mars/Olympus_Mons', 1, 9),
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T09:00:00.000Z',
    ],
  ])('%s', (_label, digest, now, expected) => {
    const slot = currentSlot(digest, new Date(now));
    expect(slot.key).toBe(expected);
    expect(slot.at.toISOString()).toBe(expected);
  });

  it('lands on the scheduled local weekday and hour, at or before now and less than a week before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        (timeZone, weekday, hour, now) => {
          const digest = schedule(timeZone, weekday, hour);
          const slot = currentSlot(digest, now);
          expect(slot.at.getTime()).toBeLessThanOrEqual(now.getTime());
          // A week is 167 to 169 hours across a switch.
          expect(now.getTime() - slot.at.getTime()).toBeLessThan(7 * DAY + HOUR);
          const local = localTime(slot.at, timeZone);
          expect(local.weekday).toBe(weekday);
          expect(local.minute).toBe(0);
          // The hour itself, or the first hour after a gap when it does not exist that day.
          expect([hour, hour + 1]).toContain(local.hour);
          expect(currentSlot(digest, slot.at).key).toBe(slot.key);
          expect(currentSlot(digest, new Date(slot.at.getTime() - 1)).key < slot.key).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isValidTimeZone', () => {
  itReturns(isValidTimeZone, '%j -> %s', [
    ['UTC', true],
    ['Europe/Athens', true],
    ['America/New_York', true],
    ['Asia/Shanghai', true],
    ['Pacific/Auckland', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['not a zone', false],
  ]);
});

describe('dueSlot', () => {
  const mondayNine = schedule('Europe/Athens', 1, 9);
  const thisMonday = '2026-11-23T07:00:00.000Z';
  const lastMonday = '2026-11-16T07:00:00.000Z';

  it.each<[string, DigestSchedule, string, string | null, string, string | null]>([
    [
      'first digest of an old map',
      mondayNine,
      '2026-11-23T07:00:30.000Z',
      null,
      '2026-01-01T00:00:00.000Z',
      thisMonday,
    ],
    ['already posted this week', mondayNine, '2026-11-23T07:01:00.000Z', thisMonday, '2026-01-01T00:00:00.000Z', null],
    ['posted last week', mondayNine, '2026-11-23T07:00:00.000Z', lastMonday, '2026-01-01T00:00:00.000Z', thisMonday],
    ['not yet time', mondayNine, '2026-11-23T06:59:59.000Z', lastMonday, '2026-01-01T00:00:00.000Z', null],
    [
      'missed three weeks while down: only the latest, late',
      mondayNine,
      '2026-11-25T15:00:00.000Z',
      '2026-11-02T07:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      thisMonday,
    ],
    ['map created after the slot', mondayNine, '2026-11-23T10:00:00.000Z', null, '2026-11-23T08:00:00.000Z', null],
    ['map created at the slot', mondayNine, '2026-11-23T10:00:00.000Z', null, thisMonday, null],
    [
      'map created just before the slot',
      mondayNine,
      '2026-11-23T10:00:00.000Z',
      null,
      '2026-11-23T06:59:00.000Z',
      thisMonday,
    ],
    [
      'schedule moved earlier in the week after this week’s post',
      schedule('Europe/Athens', 7, 9),
      '2026-11-23T12:00:00.000Z',
      thisMonday,
      '2026-01-01T00:00:00.000Z',
      null,
    ],
    [
      'schedule moved later in the week: the new slot is due',
      schedule('Europe/Athens', 3, 9),
      '2026-11-25T07:00:00.000Z',
      thisMonday,
      '2026-01-01T00:00:00.000Z',
      '2026-11-25T07:00:00.000Z',
    ],
    [
      'unknown zone: UTC',
      schedule('Nowhere/Atlantis', 1, 9),
      '2026-11-23T09:00:00.000Z',
      lastMonday,
      '2026-01-01T00:00:00.000Z',
      '2026-11-23T09:00:00.000Z',
    ],
  ])('%s', (_label, digest, now, lastPostedKey, createdAt, expected) => {
    expect(dueSlot(digest, new Date(now), lastPostedKey, createdAt)?.key ?? null).toBe(expected);
  });
});

interface Posted {
  key: string;
  postedAt: string;
}

/**
 * A scheduler ticking every `step` with an injected clock: it posts whatever `dueSlot` says and
 * remembers the key, like the app does through its store. Ticks inside `downtime` do not happen.
 */
function simulate(
  digest: DigestSchedule,
  from: string,
  to: string,
  options: { step?: number; createdAt?: string; downtime?: ReadonlyArray<readonly [string, string]> } = {},
): Posted[] {
  const { step = 5 * MINUTE, createdAt = '2026-01-01T00:00:00.000Z', downtime = [] } = options;
  const isDown = (time: number) => downtime.some(([start, end]) => time >= Date.parse(start) && time < Date.parse(end));
  const posted: Posted[] = [];
  let lastPostedKey: string | null = null;
  for (let time = Date.parse(from); time <= Date.parse(to); time += step) {
    if (isDown(time)) continue;
    const slot: DigestSlot | null = dueSlot(digest, new Date(time), lastPostedKey, createdAt);
    if (slot) {
      posted.push({ key: slot.key, postedAt: new Date(time).toISOString() });
      lastPostedKey = slot.key;
    }
  }
  return posted;
}

describe('a ticking scheduler', () => {
  it.each([
    ['Europe/Athens', '2026-03-16T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ['Europe/Athens', '2026-10-12T00:00:00.000Z', '2026-10-28T00:00:00.000Z'],
    ['America/New_York', '2026-02-28T00:00:00.000Z', '2026-03-20T00:00:00.000Z'],
    ['America/New_York', '2026-10-24T00:00:00.000Z', '2026-11-12T00:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-14T00:00:00.000Z', '2026-10-06T00:00:00.000Z'],
    ['Pacific/Auckland', '2026-03-23T00:00:00.000Z', '2026-04-14T00:00:00.000Z'],
    ['Asia/Shanghai', '2026-03-02T00:00:00.000Z', '2026-03-18T00:00:00.000Z'],
  ])('posts once a week at 09:00 Monday in %s, three weeks from %s (DST switches included)', (timeZone, from, to) => {
    const posted = simulate(schedule(timeZone, 1, 9), from, to, { createdAt: from });
    expect(posted).toHaveLength(3);
    for (const { key, postedAt } of posted) {
      expect(postedAt).toBe(key);
      expect(localTime(new Date(postedAt), timeZone)).toEqual({ weekday: 1, hour: 9, minute: 0 });
    }
  });

  it('posts a digest missed during downtime late, once, then goes back to the schedule', () => {
    const posted = simulate(schedule('Europe/Athens', 1, 9), '2026-11-01T00:00:00.000Z', '2026-12-08T00:00:00.000Z', {
      createdAt: '2026-11-01T00:00:00.000Z',
      // Down from the Friday before one Monday slot until Wednesday after the next one: two slots missed.
      downtime: [['2026-11-13T12:00:00.000Z', '2026-11-25T10:02:00.000Z']],
    });
    expect(posted).toEqual([
      { key: '2026-11-02T07:00:00.000Z', postedAt: '2026-11-02T07:00:00.000Z' },
      { key: '2026-11-09T07:00:00.000Z', postedAt: '2026-11-09T07:00:00.000Z' },
      { key: '2026-11-23T07:00:00.000Z', postedAt: '2026-11-25T10:05:00.000Z' },
      { key: '2026-11-30T07:00:00.000Z', postedAt: '2026-11-30T07:00:00.000Z' },
      { key: '2026-12-07T07:00:00.000Z', postedAt: '2026-12-07T07:00:00.000Z' },
    ]);
  });

  it('a restart that finds the week already posted posts nothing', () => {
    const digest = schedule('America/New_York', 1, 9);
    const lastPostedKey = currentSlot(digest, new Date('2026-11-23T14:00:00.000Z')).key;
    for (let hour = 0; hour < 7 * 24 - 1; hour += 1) {
      const now = new Date(Date.parse('2026-11-23T14:00:00.000Z') + hour * HOUR);
      expect(dueSlot(digest, now, lastPostedKey, '2026-01-01T00:00:00.000Z')).toBeNull();
    }
    expect(dueSlot(digest, new Date('2026-11-30T14:00:00.000Z'), lastPostedKey, '2026-01-01T00:00:00.000Z')?.key).toBe(
      '2026-11-30T14:00:00.000Z',
    );
  });
});
