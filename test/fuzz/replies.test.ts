import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, dms, TEAM } from '../support/journey-steps.ts';
import { hostileText } from './hostile.ts';
import { expectHealthyOutput, expectStoredTextCapped, settle, watchUnhandledRejections } from './invariants.ts';

const WRITER = 'U0WRITER';

let h: Harness;
let map: JourneyMap;
let rejections: ReturnType<typeof watchUnhandledRejections>;
let nextTs = 1_700_000_000;

beforeAll(async () => {
  rejections = watchUnhandledRejections();
  h = await startHarness();
  map = await createMapThroughModal(h, { name: 'Replied map', stakeholders: [WRITER] });
});
afterAll(async () => {
  rejections.stop();
  await h.stop();
});

const newTs = () => `${++nextTs}.000100`;

const botAnswersInThread = () =>
  h.fake.messages(CHANNEL).filter((message) => message.thread_ts === map.cardTs && message.user !== WRITER);

/** An explicit line the bot must answer: a kind word, then words of some kind, all on one line. */
const isAnswerable = (text: string) => /[\p{L}\p{N}]/u.test(text) && !/[\n\r\u2028\u2029\u0085]/.test(text);

describe("replies in a map's thread", () => {
  it('are acknowledged, answered in the thread when they name something, and stored capped', async () => {
    const reply = fc.oneof(
      hostileText.map((text) => ({ text, explicit: false })),
      fc
        .tuple(fc.constantFrom('obstacle: ', 'touchpoint: ', 'idea - ', 'Pain point: '), hostileText, fc.boolean())
        .map(([kind, text, atStage]) => ({
          text: `${kind}${text}${atStage ? ' @decision' : ''}`,
          explicit: isAnswerable(text),
        })),
    );
    await fc.assert(
      fc.asyncProperty(reply, fc.boolean(), async ({ text, explicit }, edit) => {
        const answersBefore = botAnswersInThread().length;
        const { ts } = h.fake.addUserMessage({ channel: CHANNEL, user: WRITER, text, threadTs: map.cardTs });
        const event = {
          type: 'message',
          channel: CHANNEL,
          channel_type: 'channel',
          user: WRITER,
          text,
          ts,
          thread_ts: map.cardTs,
        };
        expect((await h.slack.event(event)).status).toBe(200);
        if (explicit)
          await vi.waitFor(() => expect(botAnswersInThread().length).toBeGreaterThan(answersBefore), { interval: 5 });
        if (!edit) return;
        const changed = {
          type: 'message',
          subtype: 'message_changed',
          channel: CHANNEL,
          channel_type: 'channel',
          hidden: true,
          ts: newTs(),
          message: {
            type: 'message',
            user: WRITER,
            text: `${text} ${text}`,
            ts,
            thread_ts: map.cardTs,
            edited: { user: WRITER, ts: newTs() },
          },
          previous_message: { type: 'message', user: WRITER, text, ts, thread_ts: map.cardTs },
        };
        expect((await h.slack.event(changed)).status).toBe(200);
      }),
      { numRuns: 120 },
    );
    await settle(h);
    expectHealthyOutput(h, rejections.reasons);
    await expectStoredTextCapped(h, TEAM);
    expect((await h.deps.store.contributions.list(TEAM, map.id)).some((c) => c.source === 'thread')).toBe(true);
  });
});

describe('direct messages to the bot', () => {
  it('always get an answer in the DM, mid-interview or not', async () => {
    const dm = dmChannelId(WRITER);
    await h.slack.command('interview', { userId: WRITER, channelId: CHANNEL });
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(WRITER, 'U0STRANGER'), async (text, userId) => {
        const before = dms(h, userId).length;
        const event = {
          type: 'message',
          channel: dmChannelId(userId),
          channel_type: 'im',
          user: userId,
          text,
          ts: newTs(),
        };
        expect((await h.slack.event(event)).status).toBe(200);
        await vi.waitFor(() => expect(dms(h, userId).length).toBeGreaterThan(before), { interval: 5 });
      }),
      { numRuns: 100 },
    );
    await settle(h);
    expect(h.fake.messages(dm).length).toBeGreaterThan(1);
    expectHealthyOutput(h, rejections.reasons);
    await expectStoredTextCapped(h, TEAM);
  });
});
