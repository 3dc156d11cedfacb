import { z } from 'zod';
import { KINDS } from '../journey/model.ts';

/** A person's message in a channel; its ts is unique there. */
export interface MessageRef {
  teamId: string;
  channelId: string;
  ts: string;
}

export const threadItemSchema = z.object({
  text: z.string(),
  kind: z.enum(KINDS).nullable(),
  stageId: z.string().nullable(),
  score: z.number().int().min(1).max(5).optional(),
  /** The contribution that carries the item; absent while the bot asks for its kind or stage. */
  contributionId: z.string().optional(),
  /** The author said it was not input. */
  skipped: z.boolean().optional(),
});
export type ThreadItem = z.infer<typeof threadItemSchema>;

/** Stored as it is: records written before stay readable, so a field may be added but never made required. */
export const replyRecordSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  ts: z.string(),
  mapId: z.string(),
  authorId: z.string(),
  /** ts of the text the items were read from: the message's own, or its latest edit's. */
  version: z.string(),
  items: z.array(threadItemSchema),
  status: z.enum(['live', 'undone', 'deleted']),
  /** The bot's answer in the thread, listing the items. */
  replyTs: z.string().optional(),
  /** Whether the bot's check mark is on the person's message. */
  reacted: z.boolean(),
});

/**
 * What the bot made of one person's reply in a map's thread, so an edit, a delete or a click on the bot's
 * answer knows which contributions to take back. The contributions themselves stay the truth; this is an
 * index, changed only by that message's own events and its author's clicks.
 */
export type ReplyRecord = z.infer<typeof replyRecordSchema>;

export function isRecorded(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId !== undefined;
}

/** Still waiting for the author to say what it is or where it goes. */
export function isPending(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId === undefined && !item.skipped;
}

/**
 * Whether the check mark on the person's message should be put on (true) or taken off (false) for the record as
 * it is now; undefined when it already shows the truth, or when the message is gone and there is nothing to mark.
 */
export function checkMarkChange(record: ReplyRecord): boolean | undefined {
  const wanted = record.items.some((item) => isRecorded(item, record));
  return wanted === record.reacted || record.status === 'deleted' ? undefined : wanted;
}
