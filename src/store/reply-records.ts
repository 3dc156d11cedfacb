import { type MessageRef, type ReplyRecord, replyRecordSchema } from '../threads/record.ts';
import { keys } from './keys.ts';
import { REPLY_RECORD_TTL_MS } from './retention.ts';
import { TextRecordRepository } from './text-records.ts';

/** Reply records (threads/record.ts), kept for REPLY_RECORD_TTL_MS after their last change. */
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
