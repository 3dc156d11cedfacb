// The requests the crash tests cut short: each sets up a fresh person (and map) to just before the request, sends
// it, and knows what must follow once Slack got a 200 for it.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, vi } from 'vitest';
import type { InterviewSession } from '../../src/interview/index.ts';
import { DEFAULT_STAGE_NAMES, type JourneyMap } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import type { Store } from '../../src/store/index.ts';
import { dmChannelId, fakeWorkspace } from '../slack-fake/ids.ts';
import type { SlackReply } from '../slack-fake/signed-client.ts';
import type { FakeMessage, FakeSlack } from '../slack-fake/web-api.ts';
import { directMessageEvent } from '../support/direct-messages.ts';
import { makeMap } from '../support/factories.ts';
import { buttonValue, dms, lastDm, readable } from '../support/journey-steps.ts';
import type { CrashApp } from './crash-app.ts';
import type { KillPoint } from './kill-points.ts';

export interface CrashContext {
  fake: FakeSlack;
  /** The app process serving now (a new one after each restart). */
  app(): CrashApp;
  /** The store, opened by the test on the app's STORE_URL. */
  store: Store<InterviewSession>;
}

/** What came back for the request: Slack's view of it. `dropped` when the connection died before an answer. */
export type Delivery = number | 'dropped';

export interface Prepared {
  map: JourneyMap;
  person: string;
  /** DMs the person had before the request. */
  dmsBefore: number;
  /** When the request was sent (its trigger_id was minted then). */
  sentAt?: number;
  [more: string]: unknown;
}

export interface Scenario {
  name: string;
  /** Events are retried by Slack when not acknowledged; interactions are not (the person sees an error). */
  isEvent: boolean;
  prepare(ctx: CrashContext): Promise<Prepared>;
  /** Sends the request under test; `retryNum` sends the same event again as Slack's retry. */
  send(ctx: CrashContext, prepared: Prepared, retryNum?: number): Promise<Delivery>;
  /** Waits for everything the acknowledged request leads to; resolves with how many messages came twice or more. */
  expectCompleted(ctx: CrashContext, prepared: Prepared): Promise<number>;
  /** What holds when the request may have died before it was acknowledged: nothing stored twice or half. */
  expectNothingHalfDone(ctx: CrashContext, prepared: Prepared): Promise<void>;
  /** The kill points to test among those of the dry run; all when absent. */
  pickPoints?(points: KillPoint[]): KillPoint[];
  /** Runs between the crash and the restart. */
  beforeRestart?(prepared: Prepared): Promise<void>;
}

export const TEAM = fakeWorkspace.teamId;
const BOT = fakeWorkspace.botUserId;
/** How long an acknowledged request may take to be finished by the restarted app (CRASH_REPLAY_WITHIN_MS to diagnose). */
export const REPLAY_WITHIN_MS = Number(process.env.CRASH_REPLAY_WITHIN_MS ?? 10_000);
const replayed = { timeout: REPLAY_WITHIN_MS, interval: 100 };
/** Past the 1 s lease and the replay it allows: what was going to be replayed is in by then. */
const SETTLED_AFTER_RESTART_MS = 2_500;

/** A person no other case has met: ids as Slack spells them. */
export function newPerson(): string {
  return `U0C${randomUUID().replaceAll('-', '').slice(0, 9).toUpperCase()}`;
}

/** Sends `request`, turning a connection that died with the app into `dropped`. */
export async function delivery(request: Promise<SlackReply>): Promise<Delivery> {
  return request.then(
    (reply) => reply.status,
    () => 'dropped' as const,
  );
}

/** A map in a channel of its own with its card posted, `person` among its stakeholders: written straight to the store. */
export async function mapWithCard(ctx: CrashContext, person: string): Promise<JourneyMap> {
  const channelId = `C0${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
  const card = ctx.fake.addUserMessage({ channel: channelId, user: BOT, text: 'Journey map' });
  const map = makeMap({
    teamId: TEAM,
    channelId,
    name: `Crash map ${person}`,
    stages: createStages(DEFAULT_STAGE_NAMES),
    stakeholderIds: [person],
    ownerId: 'U0OWNER',
    // New now: no digest is due for it, so no restart sends one (and its nudges) to the person.
    createdAt: new Date().toISOString(),
  });
  await ctx.store.maps.create(map);
  map.cardTs = card.ts;
  await ctx.store.maps.save(map);
  return map;
}

/** The person starts the interview and picks a team, as they would with the buttons; waits for stage 1. */
async function atFirstStage(ctx: CrashContext): Promise<Prepared> {
  const person = newPerson();
  const map = await mapWithCard(ctx, person);
  const { slack } = ctx.app();
  expect((await slack.blockAction({ actionId: 'interview_start', value: map.id, userId: person })).status).toBe(200);
  await vi.waitFor(() => expect(readable(lastDm(ctx, person))).toContain('which team'), { timeout: 5_000 });
  const department = { actionId: 'interview_department:sales', value: `${map.id}|sales`, userId: person };
  expect((await slack.blockAction(department)).status).toBe(200);
  await vi.waitFor(() => expect(readable(lastDm(ctx, person))).toContain('Stage 1 of 5'), { timeout: 5_000 });
  return { map, person, dmsBefore: dms(ctx, person).length };
}

/** The person's contributions as `kind text score`, sorted: what the map holds from them. */
async function contributedBy(ctx: CrashContext, { map, person }: Prepared): Promise<string[]> {
  const all = await ctx.store.contributions.list(TEAM, map.id);
  return all
    .filter((contribution) => contribution.authorId === person && !contribution.retracts)
    .map(({ kind, text, score }) => [kind, text, score].filter((part) => part !== undefined && part !== '').join(' '))
    .sort();
}

/** The DMs the bot sent since the request whose text has `phrase`. */
function newDmsWith(ctx: CrashContext, { person, dmsBefore }: Prepared, phrase: string): FakeMessage[] {
  return dms(ctx, person)
    .slice(dmsBefore)
    .filter((message) => readable(message).includes(phrase));
}

/** Waits until the map holds exactly `expected` from the person and `phrase` reached them in a DM. */
async function expectStoredAndAsked(ctx: CrashContext, prepared: Prepared, expected: string[], phrase: string) {
  await vi.waitFor(async () => {
    expect(await contributedBy(ctx, prepared)).toEqual(expected);
    expect(newDmsWith(ctx, prepared, phrase).length, `DMs with "${phrase}"`).toBeGreaterThanOrEqual(1);
  }, replayed);
  return newDmsWith(ctx, prepared, phrase).length - 1;
}

/** The map card's redraws that Slack accepted. */
function cardRedraws(ctx: CrashContext, { map }: Prepared): number {
  return ctx.fake.callsTo('chat.update').filter((call) => call.ok && call.args.ts === map.cardTs).length;
}

/** The automatic stage summaries the bot posted in the map's thread. */
function summariesInThread(ctx: CrashContext, { map }: Prepared): FakeMessage[] {
  return ctx.fake
    .messages(map.channelId)
    .filter((message) => message.user === BOT && message.thread_ts === map.cardTs)
    .filter((message) => message.text.startsWith('Stage summary of'));
}

/**
 * What new input leads to besides its answer, whenever the process died: the card redrawn since the request, and
 * the summary the stage earned (the person is the map's only stakeholder, so answering completes it) posted.
 */
async function expectShownOnTheMap(ctx: CrashContext, prepared: Prepared): Promise<void> {
  await vi.waitFor(() => {
    expect(cardRedraws(ctx, prepared), 'card redraws since the request').toBeGreaterThan(
      prepared.redrawsBefore as number,
    );
    expect(summariesInThread(ctx, prepared).length, 'stage summaries in the thread').toBeGreaterThanOrEqual(1);
  }, replayed);
}

/** All of `expected` or none of it, each at most once, after the app had time to finish what it would. */
async function expectAllOrNothing(ctx: CrashContext, prepared: Prepared, expected: string[]) {
  await sleep(SETTLED_AFTER_RESTART_MS);
  const stored = await contributedBy(ctx, prepared);
  expect(stored.length === 0 ? [] : expected).toEqual(stored);
}

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const FORM_ANSWERS = ['action Reads reviews on the bus', 'feeling 4', 'obstacle Cannot find delivery costs'];

/** a. The person submits the stage 1 form. */
export const interviewByForm: Scenario = {
  name: 'interview stage form',
  isEvent: false,
  async prepare(ctx) {
    const prepared = await atFirstStage(ctx);
    return { ...prepared, redrawsBefore: cardRedraws(ctx, prepared) };
  },
  send: (ctx, { map, person }) =>
    delivery(
      ctx.app().slack.viewSubmission({
        callbackId: 'interview_stage',
        userId: person,
        values: {
          action: text('Reads reviews on the bus'),
          score: { value: { type: 'static_select', selected_option: { value: '4' } } },
          obstacles: text('Cannot find delivery costs'),
        },
        privateMetadata: JSON.stringify({ mapId: map.id, stageIndex: 0 }),
      }),
    ),
  async expectCompleted(ctx, prepared) {
    const twice = await expectStoredAndAsked(ctx, prepared, FORM_ANSWERS, 'Stage 2 of 5');
    await expectShownOnTheMap(ctx, prepared);
    return twice;
  },
  expectNothingHalfDone: (ctx, prepared) => expectAllOrNothing(ctx, prepared, FORM_ANSWERS),
};

const GOAL = 'Find out if we deliver to their town';

/** b. The person answers the question in their DM by typing. */
export const interviewByDm: Scenario = {
  name: 'interview DM reply',
  isEvent: true,
  async prepare(ctx) {
    const prepared = await atFirstStage(ctx);
    const typed = ctx.fake.addUserMessage({ channel: dmChannelId(prepared.person), user: prepared.person, text: GOAL });
    return { ...prepared, event: directMessageEvent(typed), eventId: `EvCRASH${newPerson().slice(3)}` };
  },
  send: (ctx, prepared, retryNum) =>
    delivery(
      ctx.app().slack.event(prepared.event as Record<string, unknown>, {
        eventId: prepared.eventId as string,
        ...(retryNum ? { retryNum, retryReason: 'http_error' } : {}),
      }),
    ),
  expectCompleted: (ctx, prepared) =>
    expectStoredAndAsked(ctx, prepared, [`goal ${GOAL}`], 'What is the customer doing in Awareness?'),
  expectNothingHalfDone: (ctx, prepared) => expectAllOrNothing(ctx, prepared, [`goal ${GOAL}`]),
};

const THREAD_REPLY = 'customers complain the checkout asks for an account\ntouchpoint: pricing webinar @consideration';
const THREAD_ITEMS = ['obstacle customers complain the checkout asks for an account', 'touchpoint pricing webinar'];

/** The bot's answers in the map's thread that thank `person`. */
function thanksInThread(ctx: CrashContext, { map, person }: Prepared): FakeMessage[] {
  return ctx.fake
    .messages(map.channelId)
    .filter((message) => message.user === BOT && message.thread_ts === map.cardTs)
    .filter((message) => JSON.stringify(message.blocks ?? message.text).includes(`<@${person}>`));
}

/** Times the bot asked `person` (whose team it does not know) which team they are in, privately. */
function departmentQuestions(ctx: CrashContext, { person }: Prepared): number {
  return ctx.fake.callsTo('chat.postEphemeral').filter((call) => call.ok && call.args.user === person).length;
}

/** c. Someone replies in the map's thread, one line in plain words and one explicit. */
export const threadReply: Scenario = {
  name: 'thread reply',
  isEvent: true,
  async prepare(ctx) {
    const person = newPerson();
    const map = await mapWithCard(ctx, person);
    const message = ctx.fake.addUserMessage({
      channel: map.channelId,
      user: person,
      text: THREAD_REPLY,
      threadTs: map.cardTs,
    });
    const event = {
      type: 'message',
      channel: map.channelId,
      channel_type: 'channel',
      user: person,
      text: message.text,
      ts: message.ts,
      thread_ts: map.cardTs,
    };
    const prepared = { map, person, dmsBefore: 0, event, eventId: `EvCRASH${person.slice(3)}` };
    return { ...prepared, redrawsBefore: cardRedraws(ctx, prepared) };
  },
  send: interviewByDm.send,
  async expectCompleted(ctx, prepared) {
    await vi.waitFor(async () => {
      expect(await contributedBy(ctx, prepared)).toEqual(THREAD_ITEMS);
      expect(thanksInThread(ctx, prepared).length, 'confirmations in the thread').toBeGreaterThanOrEqual(1);
      expect(departmentQuestions(ctx, prepared), 'department questions').toBeGreaterThanOrEqual(1);
    }, replayed);
    await expectShownOnTheMap(ctx, prepared);
    return thanksInThread(ctx, prepared).length - 1;
  },
  expectNothingHalfDone: (ctx, prepared) => expectAllOrNothing(ctx, prepared, THREAD_ITEMS),
};

/** The value of the message's `actionId` button, or undefined when it has none. */
function buttonOf(message: FakeMessage, actionId: string): string | undefined {
  try {
    return buttonValue(message, actionId);
  } catch {
    return undefined;
  }
}

/** Slack refuses views.open once the trigger is more than 3 s old: the restart waits past that. */
const TRIGGER_EXPIRED_AFTER_MS = 3_300;

/** d. "Answer in a form" pressed; the app dies before the modal opens, so it can only DM the button again. */
export const formButton: Scenario = {
  name: 'answer-in-a-form button',
  isEvent: false,
  async prepare(ctx) {
    const prepared = await atFirstStage(ctx);
    const prompt = lastDm(ctx, prepared.person)!;
    return { ...prepared, prompt, button: buttonValue(prompt, 'interview_open_stage') };
  },
  send(ctx, prepared) {
    const prompt = prepared.prompt as FakeMessage;
    prepared.sentAt = Date.now();
    return delivery(
      ctx.app().slack.blockAction({
        actionId: 'interview_open_stage',
        value: prepared.button as string,
        userId: prepared.person,
        channelId: prompt.channel,
        messageTs: prompt.ts,
      }),
    );
  },
  async expectCompleted(ctx, prepared) {
    const offered = () =>
      dms(ctx, prepared.person)
        .slice(prepared.dmsBefore)
        .filter((message) => buttonOf(message, 'interview_open_stage') === prepared.button);
    await vi.waitFor(() => expect(offered().length, 'DMs offering the form again').toBeGreaterThanOrEqual(1), replayed);
    return offered().length - 1;
  },
  async expectNothingHalfDone(ctx, prepared) {
    await sleep(SETTLED_AFTER_RESTART_MS);
    expect(await contributedBy(ctx, prepared)).toEqual([]);
  },
  pickPoints: (points) => points.filter((point) => point.detail === 'views.open' && point.moment === 'before'),
  async beforeRestart(prepared) {
    await sleep(Math.max(0, (prepared.sentAt ?? 0) + TRIGGER_EXPIRED_AFTER_MS - Date.now()));
  },
};

/** What a dry run of the button (no crash, a fresh trigger) leads to: the stage form opens. */
export async function expectFormOpened(ctx: CrashContext, prepared: Prepared): Promise<void> {
  await vi.waitFor(() => {
    const opened = ctx.fake.callsTo('views.open').filter((call) => call.ok);
    expect(opened.some((call) => JSON.stringify(call.args.view).includes(prepared.map.id))).toBe(true);
  });
}
