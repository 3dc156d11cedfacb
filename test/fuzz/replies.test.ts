import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dmChannelId } from '../slack-fake/ids.ts';
import { directMessageEvent } from '../support/direct-messages.ts';
import { CHANNEL, dms, TEAM } from '../support/journey-steps.ts';
import { useFuzzedApp } from './fuzzed-app.ts';
import { hostileText } from './hostile.ts';
import { expectHealthyOutput, expectStoredTextCapped, settle } from './invariants.ts';

const WRITER = 'U0WRITER';

const app = useFuzzedApp({ name: 'Replied map', stakeholders: [WRITER] });
let nextTs = 1_700_000_000;

const newTs = () => `${++nextTs}.000100`;

const botAnswersInThread = () =>
  app.h.fake.messages(CHANNEL).filter((message) => message.thread_ts === app.map.cardTs && message.user !== WRITER);

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
        const { ts } = app.h.fake.addUserMessage({ channel: CHANNEL, user: WRITER, text, threadTs: app.map.cardTs });
        const event = {
          type: 'message',
          channel: CHANNEL,
          channel_type: 'channel',
          user: WRITER,
          text,
          ts,
          thread_ts: app.map.cardTs,
        };
        expect((await app.h.slack.event(event)).status).toBe(200);
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
            thread_ts: app.map.cardTs,
            edited: { user: WRITER, ts: newTs() },
          },
          previous_message: { type: 'message', user: WRITER, text, ts, thread_ts: app.map.cardTs },
        };
        expect((await app.h.slack.event(changed)).status).toBe(200);
      }),
      { numRuns: 120 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
    expect((await app.h.deps.store.contributions.list(TEAM, app.map.id)).some((c) => c.source === 'thread')).toBe(true);
  });
});

describe('direct messages to the bot', () => {
  it('always get an answer in the DM, mid-interview or not', async () => {
    const dm = dmChannelId(WRITER);
    await app.h.slack.command('interview', { userId: WRITER, channelId: CHANNEL });
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(WRITER, 'U0STRANGER'), async (text, userId) => {
        const before = dms(app.h, userId).length;
        const event = directMessageEvent({ channel: dmChannelId(userId), user: userId, text, ts: newTs() });
        expect((await app.h.slack.event(event)).status).toBe(200);
        await vi.waitFor(() => expect(dms(app.h, userId).length).toBeGreaterThan(before), { interval: 5 });
      }),
      { numRuns: 100 },
    );
    await settle(app.h);
    expect(app.h.fake.messages(dm).length).toBeGreaterThan(1);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
  });
});
