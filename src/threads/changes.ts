import type { Contribution, Department, Kind } from '../journey/model.ts';
import { itemContributionId, movedContributionId, retractionId } from './ids.ts';
import type { ExtractedItem } from './parse.ts';
import type { MessageRef, ReplyRecord, ThreadItem } from './record.ts';

/** When the change happens and the author's department, if the bot knows it yet. */
export interface ChangeContext {
  now: string;
  department?: Department;
}

/** The record as it becomes, and the contributions that make it so (appended before the record is saved). */
export interface ReplyChange {
  record: ReplyRecord;
  append: Contribution[];
}

export interface ReadMessage {
  ref: MessageRef;
  mapId: string;
  authorId: string;
  /** ts of the text read: the message's own, or its edit's. */
  version: string;
}

/** The author's answer to "what is it?" or "which stage?", or "this is not input". */
export type Clarification = { kind: Kind } | { stageId: string } | 'skip';

/**
 * A new reading of a message: what the previous reading recorded is taken back, and every item whose kind and
 * stage are both known is recorded. The others wait for the author, never guessed.
 */
export function readReply(
  message: ReadMessage,
  items: readonly ExtractedItem[],
  previous: ReplyRecord | undefined,
  context: ChangeContext,
): ReplyChange {
  const record: ReplyRecord = {
    ...message.ref,
    mapId: message.mapId,
    authorId: message.authorId,
    version: message.version,
    items: [],
    status: 'live',
    replyTs: previous?.replyTs,
    reacted: previous?.reacted ?? false,
  };
  const append = previous ? retractLive(previous, context) : [];
  items.forEach((extracted, index) => {
    const item: ThreadItem = {
      text: extracted.text,
      kind: extracted.kind,
      stageId: extracted.stageId,
      ...(extracted.score === undefined ? {} : { score: extracted.score }),
    };
    if (item.kind !== null && item.stageId !== null) {
      item.contributionId = itemContributionId(message.ref, message.version, index);
      append.push(contributionOf(record, item, item.contributionId, context));
    }
    record.items.push(item);
  });
  return { record, append };
}

/** Undo: everything the message added comes off the map. */
export function undoReply(record: ReplyRecord, context: ChangeContext): ReplyChange {
  return { record: { ...record, status: 'undone' }, append: retractLive(record, context) };
}

export function deleteReply(record: ReplyRecord, context: ChangeContext): ReplyChange {
  return { record: { ...record, status: 'deleted' }, append: retractLive(record, context) };
}

/** A recorded item moved to another stage: retracted where it was, recorded where it goes. Null when it cannot move. */
export function moveItem(
  record: ReplyRecord,
  index: number,
  stageId: string,
  context: ChangeContext,
): ReplyChange | null {
  const item = record.items[index];
  if (record.status !== 'live' || !item?.contributionId || item.stageId === stageId) return null;
  const moved: ThreadItem = { ...item, stageId, contributionId: movedContributionId(item.contributionId, stageId) };
  return {
    record: withItem(record, index, moved),
    append: [retractionOf(record, item, context), contributionOf(record, moved, moved.contributionId!, context)],
  };
}

/** Fills in what the bot asked about; the item is recorded once both its kind and its stage are known. */
export function clarifyItem(
  record: ReplyRecord,
  index: number,
  answer: Clarification,
  context: ChangeContext,
): ReplyChange | null {
  const item = record.items[index];
  if (record.status !== 'live' || !item || item.contributionId || item.skipped) return null;
  if (answer === 'skip') return { record: withItem(record, index, { ...item, skipped: true }), append: [] };
  const answered: ThreadItem = { ...item, ...answer };
  if (answered.kind === null || answered.stageId === null) {
    return { record: withItem(record, index, answered), append: [] };
  }
  answered.contributionId = itemContributionId(record, record.version, index);
  return {
    record: withItem(record, index, answered),
    append: [contributionOf(record, answered, answered.contributionId, context)],
  };
}

function withItem(record: ReplyRecord, index: number, item: ThreadItem): ReplyRecord {
  return { ...record, items: record.items.map((existing, at) => (at === index ? item : existing)) };
}

function retractLive(record: ReplyRecord, context: ChangeContext): Contribution[] {
  if (record.status !== 'live') return [];
  return record.items.filter((item) => item.contributionId).map((item) => retractionOf(record, item, context));
}

function contributionOf(record: ReplyRecord, item: ThreadItem, id: string, context: ChangeContext): Contribution {
  return {
    id,
    mapId: record.mapId,
    authorId: record.authorId,
    department: context.department,
    source: 'thread',
    stageId: item.stageId!,
    kind: item.kind!,
    text: item.text,
    ...(item.kind === 'feeling' && item.score !== undefined ? { score: item.score } : {}),
    createdAt: context.now,
  };
}

/** A retraction repeats the stage, kind and text it takes back. */
function retractionOf(record: ReplyRecord, item: ThreadItem, context: ChangeContext): Contribution {
  const retracted = item.contributionId!;
  return { ...contributionOf(record, item, retractionId(retracted), context), retracts: retracted };
}
