import { decodeTime } from 'ulid';
import { stableUlid } from '../journey/stable-ids.ts';
import type { MessageRef } from './record.ts';

// Contribution ids from thread replies are stable ULIDs (journey/stable-ids.ts) whose time is the message's and
// whose random part is a hash of where they come from: however often a message, an edit or a click is delivered,
// it writes the same ids.

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
