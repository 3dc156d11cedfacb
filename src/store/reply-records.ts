import { z } from 'zod';
import { KINDS } from '../journey/model.ts';
import type { MessageRef } from './claims.ts';
import { keys } from './keys.ts';
import { REPLY_RECORD_TTL_MS } from './retention.ts';
import { TextRecordRepository } from './text-records.ts';

const threadItemSchema = z.object({
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

const replyRecordSchema = z.object({
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

/** Reply records, kept for REPLY_RECORD_TTL_MS after their last change. */
export class ReplyRecordRepository extends TextRecordRepository {
  /** UnreadableRecordError when the stored record does not parse. */
  get(ref: MessageRef): Promise<ReplyRecord | undefined> {
    return this.getJson(keys.replyRecord(ref.teamId, ref.channelId, ref.ts), replyRecordSchema);
  }

  save(record: ReplyRecord): Promise<void> {
    const key = keys.replyRecord(record.teamId, record.channelId, record.ts);
    return this.setJson(key, replyRecordSchema, record, REPLY_RECORD_TTL_MS);
  }
}
