import type { ReplyRecord, ThreadItem } from '../../store/index.ts';

export type { ReplyRecord, ThreadItem } from '../../store/index.ts';

export function isRecorded(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId !== undefined;
}

/** Still waiting for the author to say what it is or where it goes. */
export function isPending(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId === undefined && !item.skipped;
}
