import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import {
  edit,
  liveItems,
  logged,
  mapWithCard,
  recordedReply,
  remove,
  reply,
  shownText,
  triples,
  waitForAnswers,
  waitForCard,
  waitForItems,
  waitForItemsInAnyOrder,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

describe('an edited reply', () => {
  it('is read again: the old items come off, the new ones go on, and the same answer says so', async () => {
    const { map, message, answer } = await recordedReply(h, 'touchpoint: webinar @consideration');
    await edit(h, map, message, 'touchpoint: pricing webinar @decision\nidea: record the webinar @awareness');
    await waitForItemsInAnyOrder(h, map, [
      ['touchpoint', 's3', 'pricing webinar'],
      ['idea', 's1', 'record the webinar'],
    ]);
    await vi.waitFor(() => expect(shownText(answer)).toContain('I added these 2 to'));
    expect(shownText(answer)).toContain('*Touchpoint* · Decision\npricing webinar');
    expect(await waitForAnswers(h, map, 1)).toEqual([answer]);
    expect(message.reactions).toEqual(['white_check_mark']);
    await waitForCard(h, map, '*2. Consideration*  0 inputs');
  });

  it('asks again when the new text is unclear', async () => {
    const { map, message, answer } = await recordedReply(h, 'touchpoint: webinar @consideration');
    await edit(h, map, message, 'People keep mentioning the loyalty card');
    await vi.waitFor(() => expect(shownText(answer)).toContain('What is it, and which stage?'));
    expect(await liveItems(h, map)).toEqual([]);
    await vi.waitFor(() => expect(message.reactions).toEqual([]));
  });

  it('keeps the earlier items when the edit is too long, and says so', async () => {
    const { map, message } = await recordedReply(h, 'touchpoint: webinar @consideration');
    await edit(h, map, message, `obstacle: ${'x'.repeat(MAX_TEXT_LENGTH)} @decision`);
    const [, notice] = await waitForAnswers(h, map, 2);
    expect(shownText(notice!)).toContain('I kept what I had from before your edit.');
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'webinar']]);
  });

  it('is read as new when the bot had nothing from it before', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', `obstacle: ${'x'.repeat(MAX_TEXT_LENGTH)} @decision`);
    await waitForAnswers(h, map);
    await edit(h, map, message, 'obstacle: the pricing page hides VAT @consideration');
    const [, answer] = await waitForAnswers(h, map, 2);
    expect(shownText(answer!)).toContain('I added this to');
    expect(triples(await liveItems(h, map))).toEqual([['obstacle', 's2', 'the pricing page hides VAT']]);
  });

  it('counts one edit once, however many times Slack delivers it', async () => {
    const { map, message } = await recordedReply(h, 'touchpoint: webinar @consideration');
    const changed = await edit(h, map, message, 'touchpoint: pricing webinar @consideration', { eventId: 'EvEDIT1' });
    await h.slack.event(changed, { eventId: 'EvEDIT1', retryNum: 1 });
    await h.slack.event(changed, { eventId: 'EvEDIT2' });
    await logged(h, 'thread edit already handled', { ts: message.ts });
    await waitForItems(h, map, [['touchpoint', 's2', 'pricing webinar']]);
    const all = await h.deps.store.contributions.list(map.teamId, map.id);
    expect(all).toHaveLength(3); // the first reading, its retraction, the edited reading
  });

  it('ignores a change that is not an edit of the text (an unfurl, a thread update)', async () => {
    const { map, message } = await recordedReply(h, 'touchpoint: webinar @consideration');
    await h.slack.event({
      type: 'message',
      subtype: 'message_changed',
      channel: map.channelId,
      channel_type: 'channel',
      ts: `${message.ts}9`,
      message: { type: 'message', user: 'U0ANNA', text: message.text, ts: message.ts, thread_ts: map.cardTs },
      previous_message: { type: 'message', user: 'U0ANNA', text: message.text, ts: message.ts },
    });
    await logged(h, 'message ignored', { ts: message.ts, reason: 'not a text edit' });
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'webinar']]);
  });
});

describe('a deleted reply', () => {
  it('takes its items off the map and the answer says why', async () => {
    const { map, message, answer } = await recordedReply(
      h,
      'touchpoint: webinar @consideration\nobstacle: checkout asks for an account @decision',
    );
    await remove(h, map, message);
    await vi.waitFor(() => expect(shownText(answer)).toContain('The message was deleted, so I took 2 items off'));
    expect(answer.blocks).toHaveLength(1);
    expect(await liveItems(h, map)).toEqual([]);
    await waitForCard(h, map, '*3. Decision*  0 inputs');
  });

  it('is ignored when the bot recorded nothing from it', async () => {
    const map = await mapWithCard(h);
    const stranger = h.fake.addUserMessage({
      channel: map.channelId,
      user: 'U0ANNA',
      text: 'hi',
      threadTs: map.cardTs,
    });
    await remove(h, map, stranger);
    await logged(h, 'message ignored', { ts: stranger.ts, reason: 'not a recorded reply' });
    expect(h.fake.calls).toEqual([]);
  });

  it('an edit after the delete changes nothing', async () => {
    const { map, message } = await recordedReply(h, 'touchpoint: webinar @consideration');
    await remove(h, map, message);
    await vi.waitFor(async () => expect(await liveItems(h, map)).toEqual([]));
    await edit(h, map, message, 'touchpoint: back from the dead @consideration');
    await logged(h, 'message ignored', { ts: message.ts, reason: 'reply deleted' });
    expect(await liveItems(h, map)).toEqual([]);
  });
});
