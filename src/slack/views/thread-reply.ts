import type { KnownBlock, StaticSelect } from '@slack/types';
import { type JourneyMap, type Kind, MAX_TEXT_LENGTH } from '../../journey/model.ts';
import { isPending, isRecorded, type ReplyRecord, type ThreadItem } from '../flows/thread-record.ts';
import { suffixedAction, THREAD_ACTIONS } from '../ids.ts';
import { clip, escapeMrkdwn, mention, plural } from '../text.ts';
import {
  type AnyBlock,
  actions,
  button,
  context,
  LIMITS,
  type MessageContent,
  message,
  plainText,
  section,
} from './blocks.ts';
import { scoreEmoji } from './emotion.ts';
import { replyActionValue } from './thread-action-value.ts';

const KIND_LABELS: Record<Kind, string> = {
  touchpoint: 'Touchpoint',
  obstacle: 'Obstacle',
  idea: 'Idea',
  goal: 'Customer goal',
  kpi: 'KPI',
  action: 'Action',
  thought: 'Thought',
  feeling: 'Feeling',
};

/** Feelings need a score, which a button cannot give: the author writes `feeling 2 @stage` instead. */
const PICKABLE_KINDS: readonly Kind[] = ['touchpoint', 'obstacle', 'idea', 'goal', 'kpi', 'action', 'thought'];

/** Enough to check at a glance; a longer reply is better split, and the blocks stay within Slack's 50. */
const MAX_LISTED = 15;
const MAX_ASKED = 5;
const ITEM_TEXT_LENGTH = 500;
const QUESTION_TEXT_LENGTH = 300;

/** The bot's answer under a person's reply: what it added, what it needs to know, and Undo / Move. */
export function replyConfirmation(map: JourneyMap, record: ReplyRecord): MessageContent {
  const mapName = escapeMrkdwn(map.name);
  const author = mention(record.authorId);
  const taken = record.items.filter((item) => item.contributionId).length;
  if (record.status === 'deleted') {
    return message(`Message deleted: took ${plural(taken, 'item')} off ${mapName}`, [
      section(
        taken
          ? `🗑️ The message was deleted, so I took ${plural(taken, 'item')} off *${mapName}*.`
          : '🗑️ The message was deleted; nothing from it was on the map.',
      ),
    ]);
  }
  if (record.status === 'undone') {
    return message(`Undone: took ${plural(taken, 'item')} off ${mapName}`, [
      section(
        `↩️ Undone: ${author} took ${plural(taken, 'item')} off *${mapName}*. ` +
          'Edit the message or reply again to add something.',
      ),
    ]);
  }
  const recorded = record.items.flatMap((item, index) => (isRecorded(item, record) ? [{ item, index }] : []));
  const pending = record.items.flatMap((item, index) => (isPending(item, record) ? [{ item, index }] : []));
  const blocks: AnyBlock[] = [];
  if (recorded.length > 0) {
    blocks.push(
      section(
        `✅ Thanks ${author}! I added ${recorded.length === 1 ? 'this' : `these ${recorded.length}`} to *${mapName}*:`,
      ),
      ...recorded.slice(0, MAX_LISTED).map(({ item, index }) => recordedItem(map, record, item, index)),
    );
    if (recorded.length > MAX_LISTED) blocks.push(context(`…and ${recorded.length - MAX_LISTED} more.`));
  }
  if (pending.length > 0) {
    const opening = recorded.length > 0 ? 'One more thing:' : `Thanks ${author}!`;
    const which = pending.length === 1 ? 'this one' : `these ${pending.length}`;
    blocks.push(section(`🤔 ${opening} I'm not sure about ${which}. Pick what fits and I'll add it.`));
    for (const { item, index } of pending.slice(0, MAX_ASKED)) blocks.push(...question(map, record, item, index));
    if (pending.length > MAX_ASKED) blocks.push(context(`${pending.length - MAX_ASKED} more after these.`));
  }
  if (blocks.length === 0) {
    return message('Nothing added from this message', [
      section(`👍 Got it, ${author}: nothing from this message goes on the map.`),
    ]);
  }
  if (recorded.length > 0) {
    blocks.push(
      actions(
        'thread_reply_actions',
        button('Undo', THREAD_ACTIONS.undo, replyActionValue({ ts: record.ts, version: record.version })),
      ),
    );
  }
  blocks.push(context(`Only ${author} can change these. Edit your message and I'll read it again.`));
  const summary = recorded.length > 0 ? `Added ${plural(recorded.length, 'item')} to ${mapName}` : 'A question';
  return message(pending.length > 0 ? `${summary}: which kind or stage?` : summary, blocks);
}

function stageName(map: JourneyMap, stageId: string | null): string {
  return map.stages.find((stage) => stage.id === stageId)?.name ?? '?';
}

function itemLine(map: JourneyMap, item: ThreadItem): string {
  const kind = item.kind ? KIND_LABELS[item.kind] : '?';
  const score = item.kind === 'feeling' && item.score ? ` ${scoreEmoji(item.score)} ${item.score}/5` : '';
  return `*${kind}* · ${escapeMrkdwn(stageName(map, item.stageId))}${score}`;
}

function recordedItem(map: JourneyMap, record: ReplyRecord, item: ThreadItem, index: number): KnownBlock {
  const others = map.stages.filter((stage) => stage.id !== item.stageId);
  const move: StaticSelect = {
    type: 'static_select',
    action_id: THREAD_ACTIONS.move,
    placeholder: plainText('Move to…', LIMITS.optionText),
    options: others.map((stage) => ({
      text: plainText(stage.name, LIMITS.optionText),
      value: replyActionValue({ ts: record.ts, version: record.version, index, choice: stage.id }),
    })),
  };
  return {
    type: 'section',
    block_id: `thread_item_${index}`,
    text: { type: 'mrkdwn', text: clip(`${itemLine(map, item)}\n${escapeMrkdwn(item.text)}`, ITEM_TEXT_LENGTH) },
    accessory: move,
  };
}

/** One unclear item: its words, then a button row for each thing the bot could not tell. */
function question(map: JourneyMap, record: ReplyRecord, item: ThreadItem, index: number): AnyBlock[] {
  const value = (choice?: string) => replyActionValue({ ts: record.ts, version: record.version, index, choice });
  // At most one of the two is known, or there would be nothing to ask.
  const known = item.kind ? KIND_LABELS[item.kind] : item.stageId ? stageName(map, item.stageId) : null;
  const asking =
    item.kind === null ? (item.stageId === null ? 'What is it, and which stage?' : 'What is it?') : 'Which stage?';
  const quoted = escapeMrkdwn(clip(item.text, QUESTION_TEXT_LENGTH)).replace(/\n/g, ' ');
  const blocks: AnyBlock[] = [section(`> ${quoted}\n${known ? `*${escapeMrkdwn(known)}* · ` : ''}${asking}`)];
  const skip = button('Not for the map', THREAD_ACTIONS.skip, value());
  if (item.kind === null) {
    const kinds = PICKABLE_KINDS.map((kind) =>
      button(KIND_LABELS[kind], suffixedAction(THREAD_ACTIONS.pickKind, kind), value(kind)),
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

export function replyTooLong(authorId: string, keptEarlier: boolean): MessageContent {
  const kept = keptEarlier ? 'I kept what I had from before your edit.' : 'Nothing was added yet.';
  return message('That reply is too long for me', [
    section(
      `✋ ${mention(authorId)}, that's a bit long for me: I read up to ${MAX_TEXT_LENGTH} characters at a time. ` +
        `Could you split it into a few shorter replies? ${kept}`,
    ),
  ]);
}

export function replyNotSaved(): MessageContent {
  return message("I couldn't save that", [
    section("😕 I couldn't save that just now, so nothing was added. Please post it again in a minute."),
  ]);
}

export function mapArchivedNotice(map: JourneyMap): MessageContent {
  return message(`${escapeMrkdwn(map.name)} is archived`, [
    section(
      `🗄️ *${escapeMrkdwn(map.name)}* is archived, so I'm not adding to it any more. ` +
        `Ask ${mention(map.ownerId)} if it should come back.`,
    ),
  ]);
}

/** Private answers to a click on the bot's thread answer that cannot be carried out. */
export const CLICK_REFUSALS = {
  notYours: (authorId: string) =>
    `Only ${mention(authorId)} can change what their message added. To add your own view, just reply in the thread.`,
  outdated: 'That message changed since: use the buttons on my latest answer.',
  gone: "I can't find that message any more, so there's nothing to change.",
} as const;
