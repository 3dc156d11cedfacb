import { memoise } from '../journey/memoise.ts';
import type { DigestSchedule } from '../journey/model.ts';

/**
 * One weekly digest slot. The key is the slot's instant in ISO UTC: every instance computes the same
 * key for the same week, and keys of one schedule sort in time order as plain strings.
 */
export interface DigestSlot {
  key: string;
  at: Date;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const FALLBACK_TIME_ZONE = 'UTC';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Building a formatter is far slower than using one, and the scheduler asks every minute for every map. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone; Slack's `users.info` can hand over names an older ICU lacks. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Instants of slots already worked out. A check asks for every map at one `now`, and most maps of a workspace share
 * a schedule: five wall-clock readings (formatToParts) a map were most of a check of 10,000 maps.
 */
const slotInstants = memoise((key) => {
  const [now, weekday, hour, timeZone] = JSON.parse(key) as [number, number, number, string];
  return slotInstant({ weekday, hour, timeZone }, now);
}, 1_000);

/** The most recent slot at or before `now`; an unknown time zone counts as UTC. */
export function currentSlot(schedule: DigestSchedule, now: Date): DigestSlot {
  const { weekday, hour, timeZone } = schedule;
  return slotAt(slotInstants(JSON.stringify([now.getTime(), weekday, hour, timeZone])));
}

function slotInstant(schedule: Pick<DigestSchedule, 'weekday' | 'hour' | 'timeZone'>, now: number): number {
  const timeZone = isValidTimeZone(schedule.timeZone) ? schedule.timeZone : FALLBACK_TIME_ZONE;
  const local = wallClock(now, timeZone);
  const today = Date.UTC(local.year, local.month - 1, local.day);
  const daysBack = (isoWeekday(today) - schedule.weekday + 7) % 7;
  let date = today - daysBack * DAY_MS;
  let at = zonedInstant(date + schedule.hour * HOUR_MS, timeZone);
  if (at > now) {
    date -= 7 * DAY_MS;
    at = zonedInstant(date + schedule.hour * HOUR_MS, timeZone);
  }
  return at;
}

/**
 * The slot to post now, or null. Only the latest slot is ever due, so a digest missed while the app
 * was down is posted late, once, and never several at a time. A slot before the map existed, or not
 * after the last posted one (the schedule may have moved to earlier in the week), is not due.
 */
export function dueSlot(
  schedule: DigestSchedule,
  now: Date,
  lastPostedKey: string | null,
  createdAt: string,
): DigestSlot | null {
  const slot = currentSlot(schedule, now);
  if (slot.at.getTime() <= Date.parse(createdAt)) return null;
  if (lastPostedKey !== null && slot.key <= lastPostedKey) return null;
  return slot;
}

function slotAt(instant: number): DigestSlot {
  const at = new Date(instant);
  return { key: at.toISOString(), at };
}

function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time (given as if it were UTC) happens in the zone. Offsets a day either
 * side cover any transition near that time. A time that happens twice when clocks go back is its
 * first occurrence; a time skipped when clocks go forward is read with the offset before the jump,
 * which lands just as far past the jump as it was into the gap (02:00 in a 02:00-03:00 gap is 03:00).
 */
function zonedInstant(localAsUtc: number, timeZone: string): number {
  const offsetBefore = offsetAt(localAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(localAsUtc + DAY_MS, timeZone);
  const matches = [localAsUtc - offsetBefore, localAsUtc - offsetAfter].filter(
    (instant) => instant + offsetAt(instant, timeZone) === localAsUtc,
  );
  return matches.length > 0 ? Math.min(...matches) : localAsUtc - offsetBefore;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a calendar date given as midnight UTC. */
function isoWeekday(date: number): number {
  return new Date(date).getUTCDay() || 7;
}
