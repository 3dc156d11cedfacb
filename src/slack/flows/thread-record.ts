import { z } from 'zod';
import { KINDS } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';
import type { MessageRef } from './thread-ids.ts';

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

function recordKey(ref: MessageRef): string {
  return `thread-reply:${ref.teamId}:${ref.channelId}:${ref.ts}`;
}

export async function loadReplyRecord(deps: Deps, ref: MessageRef): Promise<ReplyRecord | undefined> {
  const raw = await deps.store.markers.get(recordKey(ref));
  return raw === undefined ? undefined : replyRecordSchema.parse(JSON.parse(raw));
}

export async function saveReplyRecord(deps: Deps, record: ReplyRecord): Promise<void> {
  await deps.store.markers.set(recordKey(record), JSON.stringify(replyRecordSchema.parse(record)));
}

export function isRecorded(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId !== undefined;
}

/** Still waiting for the author to say what it is or where it goes. */
export function isPending(item: ThreadItem, record: ReplyRecord): boolean {
  return record.status === 'live' && item.contributionId === undefined && !item.skipped;
}

/** Slack retries for about an hour; a week covers any late redelivery with room to spare. */
const DELIVERY_CLAIM_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * Slack can deliver one message, edit or delete under several event ids (and retry each): the first delivery
 * claims it in the shared store and handles it; every later one finds the claim taken.
 */
export function claimDelivery(
  deps: Deps,
  what: 'message' | 'edit' | 'delete',
  ref: MessageRef,
  version: string = ref.ts,
): Promise<boolean> {
  return deps.store.markers.claim(
    `thread-${what}:${ref.teamId}:${ref.channelId}:${ref.ts}:${version}`,
    DELIVERY_CLAIM_TTL_MS,
  );
}
