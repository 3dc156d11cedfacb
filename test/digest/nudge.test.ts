import { describe, expect, it } from 'vitest';
import { isAway, NUDGE_INTERVAL_MS, type StatusProfile, shouldNudge } from '../../src/digest/nudge.ts';
import { currentSlot } from '../../src/digest/schedule.ts';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('isAway', () => {
  it.each<[string, StatusProfile, boolean]>([
    ['no status', {}, false],
    ['empty status', { status_text: '', status_emoji: '' }, false],
    ['in a meeting', { status_text: 'In a meeting', status_emoji: ':spiral_calendar_pad:' }, false],
    ['working remotely', { status_text: 'Working remotely', status_emoji: ':house_with_garden:' }, false],
    ['Slack’s vacationing preset', { status_text: 'Vacationing', status_emoji: ':palm_tree:' }, true],
    ['Slack’s out sick preset', { status_text: 'Out sick', status_emoji: ':face_with_thermometer:' }, true],
    ['palm tree alone', { status_emoji: ':palm_tree:' }, true],
    ['airplane alone', { status_emoji: ':airplane:' }, true],
    ['no entry alone', { status_emoji: ':no_entry:' }, true],
    ['emoji with a skin tone', { status_emoji: ':airplane::skin-tone-3:' }, true],
    ['emoji name in upper case', { status_emoji: ':PALM_TREE:' }, true],
    ['on vacation', { status_text: 'On vacation until Dec 2' }, true],
    ['Out of Office', { status_text: 'Out of Office' }, true],
    ['out-of-office', { status_text: 'out-of-office, back Monday' }, true],
    ['OOO', { status_text: 'OOO' }, true],
    ['ooo in a sentence', { status_text: 'ooo till 3rd' }, true],
    ['PTO', { status_text: 'PTO' }, true],
    ['sick', { status_text: 'Off sick' }, true],
    ['holiday', { status_text: 'Holiday!' }, true],
    ['holidays', { status_text: 'Christmas holidays' }, true],
    ['parental leave', { status_text: 'Parental leave' }, true],
    ['day off', { status_text: 'Day off' }, true],
    ['pictograph in the text', { status_text: '🌴 back next week' }, true],
    ['thermometer face in the text', { status_text: '🤒' }, true],
    ['Greek holidays', { status_text: 'Διακοπές' }, true],
    ['Greek holidays, upper case without accents', { status_text: 'ΔΙΑΚΟΠΕΣ' }, true],
    ['Greek out of office', { status_text: 'Εκτός γραφείου έως Δευτέρα' }, true],
    ['Greek leave', { status_text: 'σε άδεια' }, true],
    ['Greek sick', { status_text: 'Άρρωστη σήμερα' }, true],
    ['Greek at a meeting', { status_text: 'Σε σύσκεψη' }, false],
    ['Chinese on leave', { status_text: '休假中' }, true],
    ['Chinese asked for leave', { status_text: '请假' }, true],
    ['Chinese sick leave', { status_text: '病假' }, true],
    ['Chinese out of office', { status_text: '不在办公室' }, true],
    ['Chinese at a meeting', { status_text: '开会中' }, false],
    // Whole words only: these contain an away word but are not about being away.
    ['sickle', { status_text: 'Hammer and sickle' }, false],
    ['leaves', { status_text: 'Raking leaves' }, false],
    ['Cooo', { status_text: 'Coooool' }, false],
    ['holidayhome in one word', { status_text: 'holidayhomes.com launch' }, false],
    [
      'expired vacation',
      { status_text: 'Vacationing', status_emoji: ':palm_tree:', status_expiration: NOW_SECONDS - 60 },
      false,
    ],
    ['expiring right now', { status_text: 'Vacationing', status_expiration: NOW_SECONDS }, false],
    ['vacation that expires later', { status_text: 'Vacationing', status_expiration: NOW_SECONDS + 3600 }, true],
    ['no expiration (0)', { status_text: 'Vacationing', status_expiration: 0 }, true],
  ])('%s -> %s', (_label, profile, expected) => {
    expect(isAway(profile, NOW)).toBe(expected);
  });
});

describe('shouldNudge', () => {
  const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

  it.each<[string, string | null, boolean, boolean, boolean]>([
    ['never nudged, unfinished', null, false, true, true],
    ['never nudged, finished', null, false, false, false],
    ['never nudged, away', null, true, true, false],
    ['nudged yesterday', ago(DAY), false, true, false],
    ['nudged six days ago', ago(6 * DAY), false, true, false],
    ['nudged a week ago', ago(7 * DAY), false, true, true],
    ['nudged a week ago minus the hour a DST switch takes', ago(7 * DAY - HOUR), false, true, true],
    ['nudged a week ago with the tick a minute early', ago(7 * DAY - 60 * 1000), false, true, true],
    ['nudged just inside the interval', ago(NUDGE_INTERVAL_MS - 1), false, true, false],
    ['nudged a month ago but away', ago(30 * DAY), true, true, false],
    ['nudged a month ago, finished since', ago(30 * DAY), false, false, false],
  ])('%s -> %s', (_label, lastNudgedAt, away, unfinished, expected) => {
    expect(shouldNudge({ lastNudgedAt, now: NOW, away, unfinished })).toBe(expected);
  });

  it('allows exactly one nudge per weekly digest over a year of Monday digests', () => {
    let lastNudgedAt: string | null = null;
    let nudges = 0;
    // The Monday 09:00 Athens slots of 2026: 168 hours apart, 167 and 169 across the DST switches.
    for (
      let time = Date.parse('2026-01-05T12:00:00.000Z');
      time < Date.parse('2027-01-01T00:00:00.000Z');
      time += 7 * DAY
    ) {
      const now = currentSlot({ weekday: 1, hour: 9, timeZone: 'Europe/Athens' }, new Date(time)).at;
      if (shouldNudge({ lastNudgedAt, now, away: false, unfinished: true })) {
        nudges += 1;
        lastNudgedAt = now.toISOString();
      }
    }
    expect(nudges).toBe(52);
  });
});
