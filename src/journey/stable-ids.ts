import { createHash } from 'node:crypto';
import { decodeTime, encodeTime } from 'ulid';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 16;
/** Characters of the random part that count within one series. */
const ORDER_LENGTH = 2;

function crockford(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += CROCKFORD[(bytes[index] ?? 0) & 31];
  return text;
}

/**
 * A ULID whose time is `timeMs` and whose random part is a hash of `seed`: whoever computes it again from the
 * same facts gets the same id, and the append-only store keeps each id once. That is what makes a redelivered
 * message or a replayed request write nothing twice.
 */
export function stableUlid(timeMs: number, seed: string): string {
  return encodeTime(timeMs, 10) + crockford(createHash('sha256').update(seed).digest(), RANDOM_LENGTH);
}

/** Ids in one series: 32² keep their order within one millisecond. */
const SERIES_LENGTH = 32 * 32;

function orderOf(id: string): number {
  const [high, low] = [CROCKFORD.indexOf(id[10] ?? '0'), CROCKFORD.indexOf(id[11] ?? '0')];
  return Math.max(0, high) * 32 + Math.max(0, low);
}

/**
 * Ids for one piece of work done again and again (a request replayed after a crash): the n-th id asked for is
 * the same each time, and ids keep the order they were asked in, as a monotonic ULID factory's would. `after`,
 * the last id written before this work, keeps the series after it when both fall in one millisecond (two
 * requests a moment apart); it must be read from the state the work starts from, so a replay gets it again.
 */
export function stableIdSeries(timeMs: number, seed: string, after?: string): () => string {
  let time = timeMs;
  let position = 0;
  if (after && decodeTime(after) >= timeMs) {
    time = decodeTime(after);
    position = orderOf(after) + 1;
  }
  let asked = 0;
  return () => {
    if (position >= SERIES_LENGTH) {
      time += 1;
      position = 0;
    }
    const order = CROCKFORD[Math.floor(position / 32)]! + CROCKFORD[position % 32]!;
    const digest = createHash('sha256').update(`${seed}:${asked}`).digest();
    position += 1;
    asked += 1;
    return encodeTime(time, 10) + order + crockford(digest, RANDOM_LENGTH - ORDER_LENGTH);
  };
}
