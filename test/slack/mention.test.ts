import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeContribution } from '../support/factories.ts';
import {
  BOT,
  expectFriendly,
  liveItems,
  logged,
  mapWithCard,
  messageEvent,
  shownText,
  TEAM,
  triples,
  waitForAnswers,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

function mentionEvent(channel: string, user: string, text: string, ts: string, threadTs?: string) {
  return { type: 'app_mention', channel, user, text, ts, ...(threadTs ? { thread_ts: threadTs } : {}) };
}

/** Someone writes a message mentioning the bot; Slack sends app_mention (and the message event to the app). */
async function mentionBot(channel: string, user: string, text: string, threadTs?: string) {
  const message = h.fake.addUserMessage({ channel, user, text, threadTs });
  await h.slack.event(mentionEvent(channel, user, text, message.ts, threadTs));
  return message;
}

function botRepliesTo(channel: string, ts: string) {
  return h.fake.messages(channel).filter((message) => message.user === BOT && message.thread_ts === ts);
}

async function seed(map: JourneyMap) {
  await h.deps.store.contributions.append(TEAM, [
    makeContribution(map, { authorId: 'U0ANNA', department: 'marketing', stageId: 's1', kind: 'touchpoint' }),
    makeContribution(map, { authorId: 'U0BEN', department: 'sales', stageId: 's3', kind: 'obstacle', text: 'Slow' }),
    makeContribution(map, { authorId: 'U0BEN', department: 'sales', stageId: 's3', kind: 'feeling', score: 2 }),
  ]);
}

describe('@Journey Bot in a channel with a map', () => {
  it('answers in a thread with the map status and how to contribute', async () => {
    const map = await mapWithCard(h, { name: 'Online <!here> shoppers' });
    await seed(map);
    const mention = await mentionBot(map.channelId, 'U0CARA', `<@${BOT}> how are we doing?`);
    const [status] = await vi.waitFor(() => {
      const found = botRepliesTo(map.channelId, mention.ts);
      expect(found).toHaveLength(1);
      return found;
    });
    const shown = shownText(status!);
    expect(shown).toContain('*Online &lt;!here&gt; shoppers*: 3 inputs from 2 people (Marketing, Sales)');
    expect(shown).toContain('1. *Awareness* · 1 input · no feelings yet');
    expect(shown).toContain('3. *Decision* · 2 inputs · 😟 2.0');
    expect(shown).toContain('5. *Advocacy* · 0 inputs');
    expect(shown).toMatch(/reply in <https:\/\/journey-test\.slack\.com\/archives\/C\w+\/p\d+\|the map's thread>/);
    expect(shown).toContain('`touchpoint: pricing webinar @consideration`');
    expect(shown).toContain('`/journey interview`');
    expectFriendly(status!);
  });

  it('still answers, without a link, when Slack gives no permalink', async () => {
    const map = await mapWithCard(h);
    h.fake.failNext('chat.getPermalink', { error: 'message_not_found' });
    const mention = await mentionBot(map.channelId, 'U0CARA', `<@${BOT}>`);
    await vi.waitFor(() => expect(botRepliesTo(map.channelId, mention.ts)).toHaveLength(1));
    expect(shownText(botRepliesTo(map.channelId, mention.ts)[0]!)).toContain("reply in the map card's thread");
  });

  it('answers a bare mention in the map thread with the status, and does not read it as input', async () => {
    const map = await mapWithCard(h);
    const message = await mentionBot(map.channelId, 'U0CARA', `<@${BOT}> status?`, map.cardTs);
    await h.slack.event(messageEvent(map, message));
    await logged(h, 'message ignored', { ts: message.ts, reason: 'asks the bot' });
    const [status] = await waitForAnswers(h, map);
    expect(shownText(status!)).toContain(': no input yet');
    expect(await h.deps.store.contributions.list(TEAM, map.id)).toEqual([]);
  });

  it('reads a mention with input in the map thread as input, with no status', async () => {
    const map = await mapWithCard(h);
    const message = await mentionBot(
      map.channelId,
      'U0CARA',
      `<@${BOT}> touchpoint: partner webinar @consideration`,
      map.cardTs,
    );
    await h.slack.event(messageEvent(map, message));
    await logged(h, 'message ignored', { ts: message.ts, reason: 'input in the map thread' });
    const [answer] = await waitForAnswers(h, map);
    expect(shownText(answer!)).toContain('I added this to');
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'partner webinar']]);
  });
});

describe('@Journey Bot in a channel without a map', () => {
  it('explains how to start one', async () => {
    const mention = await mentionBot('C0NOMAP', 'U0CARA', `<@${BOT}> hi`);
    await vi.waitFor(() => expect(botRepliesTo('C0NOMAP', mention.ts)).toHaveLength(1));
    const [answer] = botRepliesTo('C0NOMAP', mention.ts);
    expect(shownText(answer!)).toContain("There's no journey map in this channel yet. Start one with `/journey new`");
    expectFriendly(answer!);
  });

  it('says sorry, never a raw error, when the store fails', async () => {
    const find = h.deps.store.maps.findByChannel;
    h.deps.store.maps.findByChannel = async () => {
      throw new Error('SQLITE_BUSY: database is locked');
    };
    try {
      const mention = await mentionBot('C0BROKEN', 'U0CARA', `<@${BOT}>`);
      await vi.waitFor(() => expect(botRepliesTo('C0BROKEN', mention.ts)).toHaveLength(1));
      const [answer] = botRepliesTo('C0BROKEN', mention.ts);
      expect(answer!.text).toBe(
        'Something went wrong on my side and nothing was changed. Please try again in a minute.',
      );
    } finally {
      h.deps.store.maps.findByChannel = find;
    }
  });
});
