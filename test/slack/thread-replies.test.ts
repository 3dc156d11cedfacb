import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import {
  answers,
  BOT,
  expectFriendly,
  liveItems,
  logged,
  mapWithCard,
  reply,
  shownText,
  sorted,
  triples,
  waitForAnswers,
  waitForCard,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

describe('explicit replies', () => {
  it.each([
    ['touchpoint: pricing webinar @consideration', ['touchpoint', 's2', 'pricing webinar']],
    ['obstacle: checkout asks for an account (decision)', ['obstacle', 's3', 'checkout asks for an account']],
    ['Pain point: slow delivery quotes @RETENTION', ['obstacle', 's4', 'slow delivery quotes']],
    ['blocker - no invoice download @retention', ['obstacle', 's4', 'no invoice download']],
    ['channel: partner newsletter @aware', ['touchpoint', 's1', 'partner newsletter']],
    ['idea: guest checkout @decision', ['idea', 's3', 'guest checkout']],
    ['goal: compare plans quickly @consideration', ['goal', 's2', 'compare plans quickly']],
    ['kpi: referral rate @advocacy', ['kpi', 's5', 'referral rate']],
  ])('%j is recorded exactly as written', async (text, expected) => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', text);
    const [answer] = await waitForAnswers(h, map);
    expect(triples(await liveItems(h, map))).toEqual([expected]);
    expect(shownText(answer!)).toContain(`Thanks <@U0ANNA>! I added this to *${map.name}*`);
    expectFriendly(answer!);
  });

  it('reads a feeling with its score', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', 'feeling 2 @decision');
    const [answer] = await waitForAnswers(h, map);
    expect(await liveItems(h, map)).toEqual([
      { kind: 'feeling', stageId: 's3', text: '', authorId: 'U0ANNA', score: 2 },
    ]);
    expect(shownText(answer!)).toContain('*Feeling* · Decision 😟 2/5');
  });

  it('records every line of a multi-line reply, explicit and plain, and lists them all', async () => {
    const map = await mapWithCard(h);
    await reply(
      h,
      map,
      'U0ANNA',
      [
        'touchpoint: pricing webinar @consideration',
        '- obstacle: checkout asks for an account @decision',
        'idea: guest checkout @decision',
        'customers complain the checkout is slow',
      ].join('\n'),
    );
    const [answer] = await waitForAnswers(h, map);
    expect(triples(await liveItems(h, map))).toEqual(
      sorted([
        ['touchpoint', 's2', 'pricing webinar'],
        ['obstacle', 's3', 'checkout asks for an account'],
        ['idea', 's3', 'guest checkout'],
        ['obstacle', 's3', 'customers complain the checkout is slow'],
      ]),
    );
    const shown = shownText(answer!);
    expect(shown).toContain('I added these 4 to');
    expect(shown).toContain('*Touchpoint* · Consideration\npricing webinar');
    expect(shown).toContain('*Obstacle* · Decision\ncustomers complain the checkout is slow');
    expect(shown).toContain('Only <@U0ANNA> can change these.');
  });
});

const GREEK_STAGES = ['Ενημέρωση', 'Αξιολόγηση', 'Αγορά', 'Διατήρηση', 'Σύσταση'];
const CHINESE_STAGES = ['认知', '考虑', '决策', '留存', '推荐'];

describe('plain replies in any language', () => {
  it.each<{
    name: string;
    stages?: string[];
    user: string;
    text: string;
    item: [string, string, string];
    /** What the answer says the item is, where the test checks it. */
    shown?: string;
  }>([
    {
      name: 'reads an English complaint as an obstacle at the stage its words point to',
      user: 'U0BEN',
      text: 'customers complain the checkout asks for an account',
      item: ['obstacle', 's3', 'customers complain the checkout asks for an account'],
    },
    {
      name: 'reads a Greek reply against Greek stage names',
      stages: GREEK_STAGES,
      user: 'U0ELENI',
      text: 'Οι πελάτες παραπονιούνται ότι το ταμείο στην Αγορά είναι αργό',
      item: ['obstacle', 's3', 'Οι πελάτες παραπονιούνται ότι το ταμείο στην Αγορά είναι αργό'],
      shown: '*Obstacle* · Αγορά',
    },
    {
      name: 'reads an explicit Greek stage name in any case',
      stages: GREEK_STAGES,
      user: 'U0ELENI',
      text: 'touchpoint: webinar τιμών @αξιολόγηση',
      item: ['touchpoint', 's2', 'webinar τιμών'],
    },
    {
      name: 'reads a Chinese reply against Chinese stage names',
      stages: CHINESE_STAGES,
      user: 'U0WEI',
      text: '客户抱怨结账太慢',
      item: ['obstacle', 's3', '客户抱怨结账太慢'],
      shown: '*Obstacle* · 决策',
    },
    {
      name: 'reads an explicit Chinese line with a full-width colon',
      stages: CHINESE_STAGES,
      user: 'U0WEI',
      text: 'touchpoint：官网直播 @考虑',
      item: ['touchpoint', 's2', '官网直播'],
    },
  ])('$name', async ({ stages, user, text, item, shown }) => {
    const map = await mapWithCard(h, { stages });
    await reply(h, map, user, text);
    const [answer] = await waitForAnswers(h, map);
    expect(triples(await liveItems(h, map))).toEqual([item]);
    if (shown) expect(shownText(answer!)).toContain(shown);
  });
});

describe('what a recorded reply changes in Slack', () => {
  it('reacts to the message, refreshes the card and answers once in the thread', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', 'touchpoint: pricing webinar @consideration');
    const [answer] = await waitForAnswers(h, map);
    expect(answer!.thread_ts).toBe(map.cardTs);
    await vi.waitFor(() => expect(message.reactions).toEqual(['white_check_mark']));
    await waitForCard(h, map, '*2. Consideration*  1 input');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('escapes what people write, so <!channel> in a reply pings nobody', async () => {
    const map = await mapWithCard(h);
    // Slack sends the special mention as markup and escapes what the person typed.
    await reply(h, map, 'U0ANNA', 'obstacle: <!channel> &amp; &lt;b&gt;bold&lt;/b&gt; claims @decision');
    const [answer] = await waitForAnswers(h, map);
    const shown = shownText(answer!);
    expect(shown).toContain('&lt;!channel&gt; &amp; &lt;b&gt;bold&lt;/b&gt; claims');
    expectFriendly(answer!);
    expect(triples(await liveItems(h, map))).toEqual([['obstacle', 's3', '<!channel> & <b>bold</b> claims']]);
  });

  it('answers a reply that is too long kindly, and stores nothing', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', `obstacle: ${'very '.repeat(MAX_TEXT_LENGTH / 5)} slow @decision`);
    const [answer] = await waitForAnswers(h, map);
    expect(shownText(answer!)).toContain(`I read up to ${MAX_TEXT_LENGTH} characters at a time`);
    expect(shownText(answer!)).toContain('Nothing was added yet.');
    expectFriendly(answer!);
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toEqual([]);
  });

  it('tells the author privately when the store fails, and claims nothing was added', async () => {
    const map = await mapWithCard(h);
    const append = h.deps.store.contributions.append;
    h.deps.store.contributions.append = async () => {
      throw new Error('disk full');
    };
    try {
      await reply(h, map, 'U0ANNA', 'touchpoint: pricing webinar @consideration');
      await vi.waitFor(() => expect(h.fake.ephemerals(map.channelId)).toHaveLength(1));
    } finally {
      h.deps.store.contributions.append = append;
    }
    const [notice] = h.fake.ephemerals(map.channelId);
    expect(notice!.user).toBe('U0ANNA');
    expect(shownText(notice!)).toContain("I couldn't save that just now, so nothing was added");
    expect(answers(h, map)).toEqual([]);
  });
});

describe('messages that are not input', () => {
  it('ignores messages in the channel but outside the card thread', async () => {
    const map = await mapWithCard(h);
    const other = h.fake.addUserMessage({ channel: map.channelId, user: 'U0ANNA', text: 'lunch?' });
    const top = await reply(h, map, 'U0ANNA', 'touchpoint: pricing webinar @consideration', { threadTs: '' });
    const elsewhere = await reply(h, map, 'U0ANNA', 'obstacle: slow @decision', { threadTs: other.ts });
    await logged(h, 'message ignored', { ts: top.ts, reason: 'not a thread reply' });
    await logged(h, 'message ignored', { ts: elsewhere.ts, reason: 'not a map thread' });
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toEqual([]);
    expect(answers(h, map)).toEqual([]);
  });

  it('ignores threads in channels without a map', async () => {
    const map = await mapWithCard(h);
    const unbound = { ...map, channelId: 'C0NOMAPHERE' };
    const message = await reply(h, unbound, 'U0ANNA', 'touchpoint: pricing webinar @consideration');
    await logged(h, 'message ignored', { ts: message.ts, reason: 'not a map thread' });
    expect(h.fake.calls).toEqual([]);
  });

  it.each([
    ['another app', { bot_id: 'B0OTHER' }, 'from a bot'],
    ['a bot_message', { subtype: 'bot_message', bot_id: 'B0OTHER' }, 'subtype not read'],
    ['a channel join', { subtype: 'channel_join' }, 'subtype not read'],
  ])('ignores %s', async (_name, extra, reason) => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0OTHERBOT', 'touchpoint: pricing webinar @consideration', { extra });
    const fields = 'subtype' in extra ? { subtype: extra.subtype } : { ts: message.ts };
    await logged(h, 'message ignored', { reason, ...fields });
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toEqual([]);
  });

  it("ignores the bot's own messages in the thread", async () => {
    const map = await mapWithCard(h);
    await reply(h, map, BOT, 'obstacle: the bot talking @decision');
    await reply(h, map, 'U0ANNA', 'touchpoint: pricing webinar @consideration');
    await waitForAnswers(h, map, 2); // the bot's own message and its answer to Anna
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'pricing webinar']]);
  });
});
