import { createHash } from 'node:crypto';
import { decodeTime, encodeTime } from 'ulid';
import type { MessageRef } from './record.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 16;

/**
 * Contribution ids from thread replies are ULIDs whose time is the message's and whose random part is a hash of
 * where they come from. However often a message, an edit or a click is delivered, it writes the same ids, and
 * the append-only store keeps each id once.
 */
function stableUlid(timeMs: number, seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let random = '';
  for (let index = 0; index < RANDOM_LENGTH; index += 1) random += CROCKFORD[(digest[index] ?? 0) & 31];
  return encodeTime(timeMs, 10) + random;
}

/** Slack's ts is "<unix seconds>.<micros>". */
export function slackTsToMs(ts: string): number {
  return Math.floor(Number(ts) * 1000);
}

/** The item at `index` of one reading (`version`: the ts of the text read) of a message. */
export function itemContributionId(ref: MessageRef, version: string, index: number): string {
  return stableUlid(slackTsToMs(version), `thread:${ref.teamId}:${ref.channelId}:${ref.ts}:${version}:${index}`);
}

/** The item `fromId` carried, moved to another stage; moving on from there gives yet another id. */
export function movedContributionId(fromId: string, stageId: string): string {
  return stableUlid(decodeTime(fromId), `move:${fromId}:${stageId}`);
}

/** A contribution is taken back at most once, whatever takes it back (undo, edit, delete, move). */
export function retractionId(retractedId: string): string {
  return stableUlid(decodeTime(retractedId), `retract:${retractedId}`);
}
