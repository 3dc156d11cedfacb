import type { Department, JourneyMap } from '../../journey/model.ts';
import type { ChangeContext, ReadMessage, ReplyChange } from '../../threads/changes.ts';
import { parseExplicitReply } from '../../threads/parse.ts';
import { planReply, type ReplyPlan, textToExtract } from '../../threads/plan.ts';
import { checkMarkChange, type ReplyRecord } from '../../threads/record.ts';
import { markDeliveryFailed } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import type { MessageContent } from '../views/blocks.ts';
import { replyConfirmation, replyNotSaved, replyTooLong } from '../views/thread-reply.ts';
import { afterContributionsAdded } from './contributions-added.ts';
import { POST_DEFAULTS, slackErrorCode } from './slack-call.ts';
import { askDepartmentOnce } from './thread-department.ts';

export interface PersonReply extends ReadMessage {
  /** As Slack sent it, without mentions of the bot. */
  text: string;
}

/** What the caller already read about the reply: the record of its earlier text (an edit), the author's department. */
export interface KnownOfReply {
  previous?: ReplyRecord;
  department?: Department;
}

/** Put on the person's message while something from it is on the map. */
const RECORDED_REACTION = 'white_check_mark';

export async function changeContext(deps: Deps, teamId: string, authorId: string): Promise<ChangeContext> {
  const person = await deps.store.people.get(teamId, authorId);
  return { now: deps.now().toISOString(), department: person?.department };
}

/** The thread core's plan for the reply; the extractor (rules, or the model when configured) is the only I/O. */
async function planFor(deps: Deps, map: JourneyMap, reply: PersonReply, known: KnownOfReply): Promise<ReplyPlan> {
  const parsed = parseExplicitReply(reply.text, map.stages);
  const rest = textToExtract(parsed);
  const extracted = rest === undefined ? [] : (await deps.insights.extract(map.teamId, rest, map.stages)).items;
  const context = { now: deps.now().toISOString(), department: known.department };
  return planReply({ message: reply, parsed, extracted, previous: known.previous, context });
}

/**
 * Reads a person's reply in a map's thread (new, or edited when `known.previous` is what its earlier text said),
 * records what is clear, asks about the rest and answers in the thread. A failure to store tells the author
 * nothing was added; a failure to answer in Slack never loses what was stored.
 */
export async function takeReply(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  reply: PersonReply,
  known: KnownOfReply = {},
): Promise<void> {
  const log = { mapId: map.id, channelId: reply.ref.channelId, ts: reply.ref.ts };
  let plan: ReplyPlan;
  try {
    plan = await planFor(deps, map, reply, known);
    if (plan.show === 'too-long') {
      deps.log.info(log, 'thread reply too long');
      await postInThread(client, map, replyTooLong(map, reply.authorId, plan.keptEarlier));
      return;
    }
    if (plan.show === 'nothing') return deps.log.debug(log, 'thread reply had nothing to read');
    await storeContributions(deps, map, plan.change);
  } catch (err) {
    deps.log.error({ err, ...log }, 'thread reply not stored');
    await tellPrivately(client, map, reply.authorId, replyNotSaved(map)).catch(() => undefined);
    return;
  }
  const { change, askDepartment } = plan;
  deps.log.info({ ...log, items: change.record.items.length, appended: change.append.length }, 'thread reply read');
  await showChange(deps, client, map, change);
  if (askDepartment) await askDepartmentOnce(deps, client, map, reply.authorId);
}

/**
 * A reply the bot read and answered before its process died, run again from the outbox: its answer is updated to
 * the record as it stands (Undo, an edit or a delete since included) rather than posted twice, the check mark set,
 * and the card and summaries brought up to date; an author whose department is still unknown is asked, as the first
 * run may have died before. Its items were stored before the record, so nothing is added.
 */
export async function showReplyAgain(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  record: ReplyRecord,
  known: KnownOfReply,
) {
  if (record.status === 'deleted') return;
  await showAnswer(deps, client, map, record);
  void afterContributionsAdded(deps, client, map);
  if (!known.department) await askDepartmentOnce(deps, client, map, record.authorId);
}

/** Stores a change to a reply's items, then shows it: the answer in the thread, the check mark, the card. */
export async function applyReplyChange(deps: Deps, client: SlackClient, map: JourneyMap, change: ReplyChange) {
  await storeContributions(deps, map, change);
  await showChange(deps, client, map, change);
}

/** Before anyone is told: what the answer shows as added is on the map, whatever happens next. */
async function storeContributions(deps: Deps, map: JourneyMap, change: ReplyChange): Promise<void> {
  if (change.append.length > 0) await deps.store.contributions.append(map.teamId, change.append);
}

async function showChange(deps: Deps, client: SlackClient, map: JourneyMap, change: ReplyChange): Promise<void> {
  await showAnswer(deps, client, map, change.record);
  if (change.append.length > 0) void afterContributionsAdded(deps, client, map);
}

/**
 * Posts or updates the bot's answer under the reply and keeps the check mark in step with it, then saves the
 * record once, with where the answer is and whether the mark is on. The contributions were stored before anyone
 * was told: a crash before this save never loses an item, and the request's replay from the outbox saves it.
 */
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
  const mark = checkMarkChange(record);
  if (mark !== undefined) {
    shown.reacted = await setReaction(client, record, mark).catch((err: unknown) => {
      deps.log.warn({ err, ...log }, 'reaction not changed');
      return record.reacted;
    });
  }
  await deps.store.replyRecords.save(shown).catch((err: unknown) => {
    deps.log.warn({ err, ...log }, 'thread record not saved');
    // Without the record the items have no Undo: the outbox runs the request again, and the replay saves it.
    markDeliveryFailed();
  });
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
