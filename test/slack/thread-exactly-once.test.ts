import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { tempSqliteUrl } from '../support/backends.ts';
import { answers, liveItems, logged, mapWithCard, messageEvent, reply, waitForAnswers } from './thread-harness.ts';

const TEXT = 'touchpoint: pricing webinar @consideration\nobstacle: checkout asks for an account @decision';

let h: Harness;
/** A second instance of the app on the same store, as behind a load balancer. */
let other: Harness;

beforeAll(async () => {
  const storeUrl = tempSqliteUrl();
  h = await startHarness({ storeUrl });
  other = await startHarness({ storeUrl, fake: h.fake });
});
afterAll(async () => {
  await other.stop();
  await h.stop();
});
beforeEach(() => {
  h.fake.reset();
});

async function expectCountedOnce(map: Awaited<ReturnType<typeof mapWithCard>>, message: { reactions: string[] }) {
  await waitForAnswers(h, map, 1);
  await vi.waitFor(() => expect(message.reactions).toEqual(['white_check_mark']));
  expect(await liveItems(h, map)).toHaveLength(2);
  expect(await h.deps.store.contributions.list(map.teamId, map.id)).toHaveLength(2);
  expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  expect(h.fake.callsTo('reactions.add')).toHaveLength(1);
}

describe('a thread reply is counted once', () => {
  it('when Slack retries the same event_id', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', TEXT, { eventId: 'EvRETRY0001' });
    const event = messageEvent(map, message);
    await h.slack.event(event, { eventId: 'EvRETRY0001', retryNum: 1, retryReason: 'http_timeout' });
    await h.slack.event(event, { eventId: 'EvRETRY0001', retryNum: 2, retryReason: 'http_timeout' });
    await logged(h, 'duplicate event skipped', { eventId: 'EvRETRY0001', retryNum: 2 });
    await expectCountedOnce(map, message);
  });

  it('when the same message arrives under two event ids', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', TEXT, { eventId: 'EvTWICE0001' });
    await waitForAnswers(h, map, 1);
    await h.slack.event(messageEvent(map, message), { eventId: 'EvTWICE0002' });
    await logged(h, 'thread reply already handled', { ts: message.ts });
    await expectCountedOnce(map, message);
  });

  it('when deliveries and retries race each other across two instances', async () => {
    const map = await mapWithCard(h);
    const message = h.fake.addUserMessage({ channel: map.channelId, user: 'U0ANNA', text: TEXT, threadTs: map.cardTs });
    const event = messageEvent(map, message);
    await Promise.all([
      h.slack.event(event, { eventId: 'EvRACE0001' }),
      other.slack.event(event, { eventId: 'EvRACE0001', retryNum: 1 }),
      h.slack.event(event, { eventId: 'EvRACE0002' }),
      other.slack.event(event, { eventId: 'EvRACE0003' }),
      other.slack.event(event, { eventId: 'EvRACE0003', retryNum: 1 }),
    ]);
    await expectCountedOnce(map, message);
    // Every delivery was answered by someone: handled once, skipped as a retry, or skipped as the same message.
    await vi.waitFor(() => {
      const skipped = [...h.logs, ...other.logs].filter(
        (line) =>
          (line.msg === 'duplicate event skipped' && String(line.eventId).startsWith('EvRACE')) ||
          (line.msg === 'thread reply already handled' && line.ts === message.ts),
      );
      expect(skipped).toHaveLength(4);
    });
    expect(answers(h, map)).toHaveLength(1);
  });
});
