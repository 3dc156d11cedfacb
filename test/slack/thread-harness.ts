// Shared steps for the thread tests: a map with its card in the fake Slack, people replying under it, and
// reading back what the bot answered and what the store holds.
import { expect, vi } from 'vitest';
import { type Contribution, DEFAULT_STAGE_NAMES, type JourneyMap } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { FOLLOW_UP_INTERVAL_MS } from '../../src/slack/flows/contributions-added.ts';
import { fakeWorkspace } from '../slack-fake/ids.ts';
import type { EventOptions } from '../slack-fake/signed-client.ts';
import type { FakeEphemeral, FakeMessage } from '../slack-fake/web-api.ts';
import type { Harness } from '../support/app-harness.ts';
import { makeMap, newId } from '../support/factories.ts';

export const TEAM = fakeWorkspace.teamId;
export const BOT = fakeWorkspace.botUserId;

export interface MapOptions {
  stages?: readonly string[];
  name?: string;
}

/** A map bound to a fresh channel, its card posted there by the bot (so chat.update can refresh it). */
export async function mapWithCard(h: Harness, options: MapOptions = {}): Promise<JourneyMap> {
  const channelId = `C${newId().slice(-12)}`;
  const card = h.fake.addUserMessage({ channel: channelId, user: BOT, text: 'Journey map' });
  const map = makeMap({
    teamId: TEAM,
    channelId,
    name: options.name ?? `Shoppers ${newId()}`,
    stages: createStages(options.stages ?? DEFAULT_STAGE_NAMES),
    stakeholderIds: [],
  });
  await h.deps.store.maps.create(map);
  map.cardTs = card.ts;
  await h.deps.store.maps.save(map);
  return map;
}

export interface ReplyOptions extends EventOptions {
  /** Extra event fields, e.g. bot_id or subtype. */
  extra?: Record<string, unknown>;
  /** Reply under this thread instead of the card's. */
  threadTs?: string;
}

/** A person writes in the map's thread: the message exists in the fake and Slack sends the event. */
export async function reply(h: Harness, map: JourneyMap, user: string, text: string, options: ReplyOptions = {}) {
  const { extra, threadTs = map.cardTs, ...eventOptions } = options;
  const message = h.fake.addUserMessage({ channel: map.channelId, user, text, threadTs });
  const response = await h.slack.event(messageEvent(map, message, extra), eventOptions);
  expect(response.status).toBe(200);
  return message;
}

export function messageEvent(map: JourneyMap, message: FakeMessage, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel: map.channelId,
    channel_type: 'channel',
    user: message.user,
    text: message.text,
    ts: message.ts,
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    ...extra,
  };
}

/** The person edits their message: the fake holds the new text and Slack sends message_changed (returned). */
export async function edit(
  h: Harness,
  map: JourneyMap,
  message: FakeMessage,
  text: string,
  options: EventOptions = {},
) {
  const [seconds, micros] = message.ts.split('.');
  const editTs = `${Number(seconds) + 60}.${micros}`;
  const event = {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: map.channelId,
    channel_type: 'channel',
    ts: editTs,
    message: {
      type: 'message',
      user: message.user,
      text,
      ts: message.ts,
      thread_ts: message.thread_ts,
      edited: { user: message.user, ts: editTs },
    },
    previous_message: { type: 'message', user: message.user, text: message.text, ts: message.ts },
  };
  message.text = text;
  await h.slack.event(event, options);
  return event;
}

export async function remove(h: Harness, map: JourneyMap, message: FakeMessage) {
  await h.slack.event({
    type: 'message',
    subtype: 'message_deleted',
    hidden: true,
    channel: map.channelId,
    channel_type: 'channel',
    ts: `${Number(message.ts.split('.')[0]) + 120}.000001`,
    deleted_ts: message.ts,
    previous_message: {
      type: 'message',
      user: message.user,
      text: message.text,
      ts: message.ts,
      thread_ts: message.thread_ts,
    },
  });
}

/** The bot's answers in the map's thread (the card itself excluded), oldest first. */
export function answers(h: Harness, map: JourneyMap): FakeMessage[] {
  return h.fake.messages(map.channelId).filter((m) => m.user === BOT && m.thread_ts === map.cardTs);
}

export async function waitForAnswers(h: Harness, map: JourneyMap, count = 1): Promise<FakeMessage[]> {
  return vi.waitFor(() => {
    const found = answers(h, map);
    expect(found).toHaveLength(count);
    return found;
  });
}

/** A map with its card, and `text` replied in its thread by `user`, answered and checked off. */
export async function recordedReply(h: Harness, text: string, user = 'U0ANNA') {
  const map = await mapWithCard(h);
  const message = await reply(h, map, user, text);
  const [answer] = await waitForAnswers(h, map);
  await vi.waitFor(() => expect(message.reactions).toEqual(['white_check_mark']));
  return { map, message, answer: answer! };
}

export function card(h: Harness, map: JourneyMap): FakeMessage {
  const found = h.fake.messages(map.channelId).find((m) => m.ts === map.cardTs);
  if (!found) throw new Error('card not found');
  return found;
}

/** The card catches up within a follow-up interval of the last input (the first input shows at once). */
export const CARD_CATCHES_UP = { timeout: FOLLOW_UP_INTERVAL_MS * 5 };

export async function waitForCard(h: Harness, map: JourneyMap, text: string): Promise<void> {
  await vi.waitFor(() => expect(shownText(card(h, map))).toContain(text), CARD_CATCHES_UP);
}

interface AnyBlockJson {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string }[];
  accessory?: { type: string; action_id?: string; options?: { text: { text: string }; value: string }[] };
}

/** Every bit of text a person sees in the message's blocks, one line per block. */
export function shownText(message: { blocks?: unknown[] }): string {
  return ((message.blocks ?? []) as AnyBlockJson[])
    .map((block) => {
      if (block.text) return block.text.text;
      return (block.elements ?? [])
        .map((element) => (typeof element.text === 'string' ? element.text : (element.text?.text ?? '')))
        .join(' | ');
    })
    .join('\n');
}

export interface Control {
  actionId: string;
  blockId: string;
  value: string;
}

/** The button labelled `label` (in the block whose id starts with `blockPrefix`, when given). */
export function buttonIn(message: { blocks?: unknown[] }, label: string, blockPrefix = ''): Control {
  for (const block of (message.blocks ?? []) as AnyBlockJson[]) {
    if (block.type !== 'actions' || !(block.block_id ?? '').startsWith(blockPrefix)) continue;
    for (const element of block.elements ?? []) {
      const text = typeof element.text === 'string' ? element.text : element.text?.text;
      if (element.type === 'button' && text === label && element.action_id && element.value !== undefined) {
        return { actionId: element.action_id, blockId: block.block_id ?? '', value: element.value };
      }
    }
  }
  throw new Error(`no button "${label}" in ${blockPrefix || 'the message'}`);
}

export function buttonLabels(message: { blocks?: unknown[] }, blockPrefix: string): string[] {
  return ((message.blocks ?? []) as AnyBlockJson[])
    .filter((block) => block.type === 'actions' && (block.block_id ?? '').startsWith(blockPrefix))
    .flatMap((block) =>
      (block.elements ?? []).map((element) =>
        typeof element.text === 'string' ? element.text : (element.text?.text ?? ''),
      ),
    );
}

/** The "Move to…" menu of the item at `index`, and the option for `stageName`. */
export function moveOption(message: { blocks?: unknown[] }, index: number, stageName: string) {
  const block = ((message.blocks ?? []) as AnyBlockJson[]).find(
    (candidate) => candidate.block_id === `thread_item_${index}`,
  );
  const option = block?.accessory?.options?.find((candidate) => candidate.text.text === stageName);
  if (!block?.accessory?.action_id || !option) throw new Error(`no move to "${stageName}" for item ${index}`);
  return { actionId: block.accessory.action_id, blockId: block.block_id ?? '', option };
}

/** A person picks a stage in the "Move to…" menu of item `index` on one of the bot's thread answers. */
export function chooseMove(
  h: Harness,
  map: JourneyMap,
  answer: FakeMessage,
  userId: string,
  index: number,
  stage: string,
) {
  const { actionId, blockId, option } = moveOption(answer, index, stage);
  return h.slack.blockAction({
    actionId,
    blockId,
    userId,
    selectedOption: { value: option.value, text: stage },
    channelId: map.channelId,
    messageTs: answer.ts,
    threadTs: map.cardTs,
  });
}

/** A person clicks a button on one of the bot's thread answers. */
export function click(h: Harness, map: JourneyMap, answer: FakeMessage, userId: string, control: Control) {
  return h.slack.blockAction({
    actionId: control.actionId,
    blockId: control.blockId,
    value: control.value,
    userId,
    channelId: map.channelId,
    messageTs: answer.ts,
    threadTs: map.cardTs,
  });
}

export interface LiveItem {
  kind: Contribution['kind'];
  stageId: string;
  text: string;
  authorId: string;
  department?: Contribution['department'];
  score?: number;
}

/** What is on the map now: contributions neither retracted nor retractions, as [kind, stage, text]. */
export async function liveItems(h: Harness, map: JourneyMap): Promise<LiveItem[]> {
  const all = await h.deps.store.contributions.list(map.teamId, map.id);
  const retracted = new Set(all.flatMap((c) => (c.retracts ? [c.retracts] : [])));
  return all
    .filter((c) => !c.retracts && !retracted.has(c.id))
    .map(({ kind, stageId, text, authorId, department, score }) => ({
      kind,
      stageId,
      text,
      authorId,
      ...(department ? { department } : {}),
      ...(score ? { score } : {}),
    }));
}

/** [kind, stage, text] of each item, sorted: items of one message share a time, so the store's order is arbitrary. */
export function triples(items: readonly LiveItem[]): [string, string, string][] {
  return items.map((item): [string, string, string] => [item.kind, item.stageId, item.text]).sort(byJson);
}

export function sorted(expected: [string, string, string][]): [string, string, string][] {
  return [...expected].sort(byJson);
}

/** Waits until the map's items, as `triples`, are `expected` (pass `sorted([...])` when their order is not sorted). */
export async function waitForItems(h: Harness, map: JourneyMap, expected: [string, string, string][]): Promise<void> {
  await vi.waitFor(async () => expect(triples(await liveItems(h, map))).toEqual(expected));
}

/** `waitForItems` for items one message records together, whose order the store does not keep. */
export async function waitForItemsInAnyOrder(h: Harness, map: JourneyMap, expected: [string, string, string][]) {
  await waitForItems(h, map, sorted(expected));
}

function byJson(a: unknown, b: unknown): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

/** Resolves once the app logged `msg` with every field in `fields`: how a test knows an event was handled. */
export async function logged(h: Harness, msg: string, fields: Record<string, unknown> = {}) {
  return vi.waitFor(() => {
    const line = h.logs.find(
      (candidate) => candidate.msg === msg && Object.entries(fields).every(([key, value]) => candidate[key] === value),
    );
    expect(line, `log "${msg}" ${JSON.stringify(fields)}`).toBeDefined();
    return line!;
  });
}

export function ephemeralsFor(h: Harness, map: JourneyMap, user: string): FakeEphemeral[] {
  return h.fake.ephemerals(map.channelId).filter((ephemeral) => ephemeral.user === user);
}

/** A question the bot asks: its text says `asks`, and the buttons in `blockPrefix` are `labels`, in order. */
export function expectQuestion(question: { blocks?: unknown[] }, asks: string, blockPrefix: string, labels: string[]) {
  expect(shownText(question)).toContain(asks);
  expect(buttonLabels(question, blockPrefix)).toEqual(labels);
}

/** Checks the message is the kind of reply people should get: short, no pings, no unfurls. */
export function expectFriendly(message: FakeMessage) {
  expect(message.options.link_names).toBeUndefined();
  expect(message.options.parse).toBeUndefined();
  expect(message.options.unfurl_links).toBe(false);
  expect(message.options.unfurl_media).toBe(false);
  expect(message.text).not.toMatch(/<!(channel|here|everyone)>/);
  expect(shownText(message)).not.toMatch(/<!(channel|here|everyone)>/);
}
