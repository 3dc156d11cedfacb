import type { Department, JourneyMap } from '../../journey/model.ts';
import { type ExtractedItem, parseExplicitReply } from '../../journey/reply.ts';
import type { Deps, SlackClient } from '../deps.ts';
import type { MessageContent } from '../views/blocks.ts';
import { replyConfirmation, replyNotSaved, replyTooLong } from '../views/thread-reply.ts';
import { afterContributionsAdded } from './contributions-added.ts';
import { POST_DEFAULTS, slackErrorCode } from './slack-call.ts';
import { type ChangeContext, type ReadMessage, type ReplyChange, readReply } from './thread-changes.ts';
import { askDepartmentOnce } from './thread-department.ts';
import type { ReplyRecord } from './thread-record.ts';

export interface PersonReply extends ReadMessage {
  /** As Slack sent it, without mentions of the bot. */
  text: string;
}

/** Put on the person's message while something from it is on the map. */
const RECORDED_REACTION = 'white_check_mark';

type Reading = { tooLong: true } | { tooLong: false; items: ExtractedItem[] };

/** Explicit lines exactly; every other line through the extractor (rules, or the model when configured). */
async function readText(deps: Deps, map: JourneyMap, text: string): Promise<Reading> {
  const parsed = parseExplicitReply(text, map.stages);
  if (parsed.tooLong) return { tooLong: true };
  if (parsed.rest.length === 0) return { tooLong: false, items: parsed.items };
  const extracted = await deps.insights.extract(map.teamId, parsed.rest.join('\n'), map.stages);
  return { tooLong: false, items: [...parsed.items, ...extracted.items] };
}

export async function changeContext(deps: Deps, teamId: string, authorId: string): Promise<ChangeContext> {
  const person = await deps.store.people.get(teamId, authorId);
  return { now: deps.now().toISOString(), department: person?.department };
}

/**
 * Reads a person's reply in a map's thread (new, or edited when `previous` is what its earlier text said),
 * records what is clear, asks about the rest and answers in the thread. A failure to store tells the author
 * nothing was added; a failure to answer in Slack never loses what was stored.
 */
export async function takeReply(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  reply: PersonReply,
  previous?: ReplyRecord,
): Promise<void> {
  const log = { mapId: map.id, channelId: reply.ref.channelId, ts: reply.ref.ts };
  let change: ReplyChange;
  let department: Department | undefined;
  try {
    const reading = await readText(deps, map, reply.text);
    if (reading.tooLong) {
      deps.log.info(log, 'thread reply too long');
      await postInThread(client, map, replyTooLong(map, reply.authorId, previous?.status === 'live'));
      return;
    }
    if (reading.items.length === 0 && !previous) {
      deps.log.debug(log, 'thread reply had nothing to read');
      return;
    }
    const context = await changeContext(deps, map.teamId, reply.authorId);
    department = context.department;
    change = readReply(reply, reading.items, previous, context);
    await storeChange(deps, map, change);
  } catch (err) {
    deps.log.error({ err, ...log }, 'thread reply not stored');
    await tellPrivately(client, map, reply.authorId, replyNotSaved(map)).catch(() => undefined);
    return;
  }
  deps.log.info({ ...log, items: change.record.items.length, appended: change.append.length }, 'thread reply read');
  await showChange(deps, client, map, change);
  if (!department && !previous) await askDepartmentOnce(deps, client, map, reply.authorId);
}

/** Stores a change to a reply's items, then shows it: the answer in the thread, the check mark, the card. */
export async function applyReplyChange(deps: Deps, client: SlackClient, map: JourneyMap, change: ReplyChange) {
  await storeChange(deps, map, change);
  await showChange(deps, client, map, change);
}

/** Contributions first: a crash before the record is saved can leave an item without Undo, never lose it. */
async function storeChange(deps: Deps, map: JourneyMap, change: ReplyChange): Promise<void> {
  if (change.append.length > 0) await deps.store.contributions.append(map.teamId, change.append);
  await deps.store.replyRecords.save(change.record);
}

async function showChange(deps: Deps, client: SlackClient, map: JourneyMap, change: ReplyChange): Promise<void> {
  await showAnswer(deps, client, map, change.record);
  if (change.append.length > 0) void afterContributionsAdded(deps, client, map);
}

/** Posts or updates the bot's answer under the reply and keeps the check mark in step with it. */
async function showAnswer(deps: Deps, client: SlackClient, map: JourneyMap, record: ReplyRecord): Promise<void> {
  const shown = { ...record };
  const log = { mapId: map.id, channelId: record.channelId, ts: record.ts };
  try {
    const content = replyConfirmation(map, record);
    if (record.replyTs) {
      await client.chat.update({ channel: record.channelId, ts: record.replyTs, ...content });
    } else {
      shown.replyTs = (await postInThread(client, map, content)).ts;
    }
  } catch (err) {
    deps.log.warn({ err, ...log }, 'thread answer not shown');
  }
  const wanted = record.status === 'live' && record.items.some((item) => item.contributionId !== undefined);
  if (wanted !== record.reacted && record.status !== 'deleted') {
    shown.reacted = await setReaction(client, record, wanted).catch((err: unknown) => {
      deps.log.warn({ err, ...log }, 'reaction not changed');
      return record.reacted;
    });
  }
  if (shown.replyTs !== record.replyTs || shown.reacted !== record.reacted) {
    await deps.store.replyRecords
      .save(shown)
      .catch((err: unknown) => deps.log.warn({ err, ...log }, 'thread record not saved'));
  }
}

/** Resolves to whether the mark is on; Slack saying it already was (or was not) counts as done. */
async function setReaction(client: SlackClient, record: ReplyRecord, on: boolean): Promise<boolean> {
  const target = { channel: record.channelId, timestamp: record.ts, name: RECORDED_REACTION };
  try {
    await (on ? client.reactions.add(target) : client.reactions.remove(target));
  } catch (err) {
    const code = slackErrorCode(err);
    if (code !== (on ? 'already_reacted' : 'no_reaction')) throw err;
  }
  return on;
}

function postInThread(client: SlackClient, map: JourneyMap, content: MessageContent) {
  return client.chat.postMessage({ channel: map.channelId, thread_ts: map.cardTs, ...content, ...POST_DEFAULTS });
}

export function tellPrivately(client: SlackClient, map: JourneyMap, userId: string, content: MessageContent) {
  return client.chat.postEphemeral({ channel: map.channelId, user: userId, thread_ts: map.cardTs, ...content });
}
