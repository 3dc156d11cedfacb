import type { KnownBlock, StaticSelect } from '@slack/types';
import { mapTranslator, type Translator } from '../../i18n/index.ts';
import { type JourneyMap, type Kind, MAX_TEXT_LENGTH } from '../../journey/model.ts';
import { isPending, isRecorded, type ReplyRecord, type ThreadItem } from '../../threads/record.ts';
import { suffixedAction, THREAD_ACTIONS } from '../ids.ts';
import { clip, escapeMrkdwn, mention } from '../text.ts';
import {
  type AnyBlock,
  actions,
  button,
  context,
  LIMITS,
  type MessageContent,
  message,
  mrkdwn,
  plainText,
  section,
} from './blocks.ts';
import { scoreEmoji } from './emotion.ts';
import { replyActionValue } from './thread-action-value.ts';

/** A kind as the map's language names it. */
export function kindLabel(t: Translator, kind: Kind): string {
  return t.t(`thread.kinds.${kind}`);
}

/** Feelings need a score, which a button cannot give: the author writes `feeling 2 @stage` instead. */
const PICKABLE_KINDS: readonly Kind[] = ['touchpoint', 'obstacle', 'idea', 'goal', 'kpi', 'action', 'thought'];

/** Enough to check at a glance; a longer reply is better split, and the blocks stay within Slack's 50. */
const MAX_LISTED = 15;
const MAX_ASKED = 5;
const ITEM_TEXT_LENGTH = 500;
const QUESTION_TEXT_LENGTH = 300;

/** The bot's answer under a person's reply: what it added, what it needs to know, and Undo / Move. */
export function replyConfirmation(map: JourneyMap, record: ReplyRecord): MessageContent {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const author = mention(record.authorId);
  const taken = record.items.filter((item) => item.contributionId).length;
  if (record.status === 'deleted') {
    const body = taken ? t.t('thread.answer.deleted', { count: taken, mapName }) : t.t('thread.answer.deletedNothing');
    return message(t.t('thread.fallback.deleted', { count: taken, mapName }), [section(body)]);
  }
  if (record.status === 'undone') {
    return message(t.t('thread.fallback.undone', { count: taken, mapName }), [
      section(t.t('thread.answer.undone', { author, count: taken, mapName })),
    ]);
  }
  const recorded = record.items.flatMap((item, index) => (isRecorded(item, record) ? [{ item, index }] : []));
  const pending = record.items.flatMap((item, index) => (isPending(item, record) ? [{ item, index }] : []));
  const blocks: AnyBlock[] = [
    ...recordedBlocks(t, map, record, recorded),
    ...pendingBlocks(t, map, record, pending, recorded.length > 0),
  ];
  if (blocks.length === 0) {
    return message(t.t('thread.fallback.nothing'), [section(t.t('thread.answer.nothing', { author }))]);
  }
  if (recorded.length > 0) {
    const undo = replyActionValue({ ts: record.ts, version: record.version });
    blocks.push(actions('thread_reply_actions', button(t.t('thread.answer.undo'), THREAD_ACTIONS.undo, undo)));
  }
  blocks.push(context(t.t('thread.answer.onlyAuthor', { author })));
  return message(fallbackText(t, mapName, recorded.length, pending.length), blocks);
}

interface Numbered {
  item: ThreadItem;
  index: number;
}

function recordedBlocks(t: Translator, map: JourneyMap, record: ReplyRecord, recorded: Numbered[]): AnyBlock[] {
  if (recorded.length === 0) return [];
  const author = mention(record.authorId);
  const blocks: AnyBlock[] = [
    section(t.t('thread.answer.added', { author, count: recorded.length, mapName: escapeMrkdwn(map.name) })),
    ...recorded.slice(0, MAX_LISTED).map(({ item, index }) => recordedItem(t, map, record, item, index)),
  ];
  if (recorded.length > MAX_LISTED) {
    blocks.push(context(t.t('thread.answer.addedMore', { count: recorded.length - MAX_LISTED })));
  }
  return blocks;
}

function pendingBlocks(
  t: Translator,
  map: JourneyMap,
  record: ReplyRecord,
  pending: Numbered[],
  afterAdded: boolean,
): AnyBlock[] {
  if (pending.length === 0) return [];
  const count = pending.length;
  const intro = afterAdded
    ? t.t('thread.answer.unsureAfterAdded', { count })
    : t.t('thread.answer.unsure', { author: mention(record.authorId), count });
  const blocks: AnyBlock[] = [section(intro)];
  for (const { item, index } of pending.slice(0, MAX_ASKED)) blocks.push(...question(t, map, record, item, index));
  if (count > MAX_ASKED) blocks.push(context(t.t('thread.answer.unsureMore', { count: count - MAX_ASKED })));
  return blocks;
}

function fallbackText(t: Translator, mapName: string, recorded: number, pending: number): string {
  if (recorded === 0) return t.t('thread.fallback.asking');
  const key = pending > 0 ? 'thread.fallback.addedAndAsking' : 'thread.fallback.added';
  return t.t(key, { count: recorded, mapName });
}

function stageName(map: JourneyMap, stageId: string | null): string {
  return map.stages.find((stage) => stage.id === stageId)?.name ?? '?';
}

function itemLine(t: Translator, map: JourneyMap, item: ThreadItem): string {
  const kind = item.kind ? kindLabel(t, item.kind) : '?';
  const score = item.kind === 'feeling' && item.score ? ` ${scoreEmoji(item.score)} ${item.score}/5` : '';
  return `*${kind}* · ${escapeMrkdwn(stageName(map, item.stageId))}${score}`;
}

function recordedItem(
  t: Translator,
  map: JourneyMap,
  record: ReplyRecord,
  item: ThreadItem,
  index: number,
): KnownBlock {
  const others = map.stages.filter((stage) => stage.id !== item.stageId);
  const move: StaticSelect = {
    type: 'static_select',
    action_id: THREAD_ACTIONS.move,
    placeholder: plainText(t.t('thread.answer.moveTo'), LIMITS.optionText),
    options: others.map((stage) => ({
      text: plainText(stage.name, LIMITS.optionText),
      value: replyActionValue({ ts: record.ts, version: record.version, index, choice: stage.id }),
    })),
  };
  return {
    type: 'section',
    block_id: `thread_item_${index}`,
    text: mrkdwn(`${itemLine(t, map, item)}\n${escapeMrkdwn(item.text)}`, ITEM_TEXT_LENGTH),
    accessory: move,
  };
}

/** One unclear item: its words, then a button row for each thing the bot could not tell. */
function question(t: Translator, map: JourneyMap, record: ReplyRecord, item: ThreadItem, index: number): AnyBlock[] {
  const value = (choice?: string) => replyActionValue({ ts: record.ts, version: record.version, index, choice });
  // At most one of the two is known, or there would be nothing to ask.
  const known = item.kind ? kindLabel(t, item.kind) : item.stageId ? stageName(map, item.stageId) : null;
  const asking = t.t(
    item.kind === null ? (item.stageId === null ? 'thread.ask.kindAndStage' : 'thread.ask.kind') : 'thread.ask.stage',
  );
  const quoted = escapeMrkdwn(clip(item.text, QUESTION_TEXT_LENGTH)).replace(/\n/g, ' ');
  const blocks: AnyBlock[] = [section(`> ${quoted}\n${known ? `*${escapeMrkdwn(known)}* · ` : ''}${asking}`)];
  const skip = button(t.t('thread.ask.skip'), THREAD_ACTIONS.skip, value());
  if (item.kind === null) {
    const kinds = PICKABLE_KINDS.map((kind) =>
      button(kindLabel(t, kind), suffixedAction(THREAD_ACTIONS.pickKind, kind), value(kind)),
    );
    blocks.push(actions(`thread_kind_${index}`, ...kinds, ...(item.stageId === null ? [] : [skip])));
  }
  if (item.stageId === null) {
    const stages = map.stages.map((stage) =>
      button(stage.name, suffixedAction(THREAD_ACTIONS.pickStage, stage.id), value(stage.id)),
    );
    blocks.push(actions(`thread_stage_${index}`, ...stages, skip));
  }
  return blocks;
}

export function replyTooLong(map: JourneyMap, authorId: string, keptEarlier: boolean): MessageContent {
  const t = mapTranslator(map);
  const kept = t.t(keptEarlier ? 'thread.tooLong.keptEarlier' : 'thread.tooLong.nothingYet');
  // A plain string: ICU would group the digits ("2,000").
  const body = t.t('thread.tooLong.body', { author: mention(authorId), max: String(MAX_TEXT_LENGTH), kept });
  return message(t.t('thread.tooLong.title'), [section(body)]);
}

export function replyNotSaved(map: JourneyMap): MessageContent {
  const t = mapTranslator(map);
  return message(t.t('thread.notSaved.title'), [section(t.t('thread.notSaved.body'))]);
}

/** `next` says where to go instead (see flows/archived-map.ts). */
export function mapArchivedNotice(map: JourneyMap, next: string): MessageContent {
  const t = mapTranslator(map);
  const values = { mapName: escapeMrkdwn(map.name), next };
  return message(t.t('thread.archived.title', values), [section(t.t('thread.archived.body', values))]);
}

/** Private answers to a click on the bot's thread answer that cannot be carried out. */
export const CLICK_REFUSALS = {
  notYours: (t: Translator, authorId: string) => t.t('thread.refusals.notYours', { author: mention(authorId) }),
  outdated: (t: Translator) => t.t('thread.refusals.outdated'),
  gone: (t: Translator) => t.t('thread.refusals.gone'),
} as const;
