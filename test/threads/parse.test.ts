import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_NAMES, MAX_TEXT_LENGTH, type Stage } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { type ExtractedItem, parseExplicitReply, plainTextOfSlackMessage } from '../../src/threads/parse.ts';
import { itReturnsNamed } from '../support/tables.ts';

const defaultStages = createStages(DEFAULT_STAGE_NAMES);
/** Two stages share the start "Purchase", and one name has a space. */
const shopStages = createStages(['First contact', 'Purchase online', 'Purchase in store', 'Renewal']);
const greekStages = createStages(['Ενημέρωση', 'Αξιολόγηση', 'Αγορά', 'Διατήρηση', 'Σύσταση']);
const chineseStages = createStages(['认知', '考虑', '决策', '留存', '推荐']);

interface Case {
  name: string;
  line: string;
  stages?: readonly Stage[];
  item: ExtractedItem;
}

const explicitLines: Case[] = [
  {
    name: 'a touchpoint with @stage',
    line: 'touchpoint: pricing webinar @consideration',
    item: { kind: 'touchpoint', stageId: 's2', text: 'pricing webinar' },
  },
  {
    name: 'an obstacle with the stage in brackets',
    line: 'obstacle: checkout asks for an account (decision)',
    item: { kind: 'obstacle', stageId: 's3', text: 'checkout asks for an account' },
  },
  {
    name: 'a dash separator and square brackets',
    line: 'Idea - offer guest checkout [Decision]',
    item: { kind: 'idea', stageId: 's3', text: 'offer guest checkout' },
  },
  {
    name: 'the stage by number',
    line: 'goal: find the price in one click #2',
    item: { kind: 'goal', stageId: 's2', text: 'find the price in one click' },
  },
  {
    name: 'a full-width colon and any case',
    line: 'KPI： trial-to-paid conversion @RETENTION',
    item: { kind: 'kpi', stageId: 's4', text: 'trial-to-paid conversion' },
  },
  {
    name: 'an unambiguous start of a stage name',
    line: 'action: books a demo @cons',
    item: { kind: 'action', stageId: 's2', text: 'books a demo' },
  },
  {
    name: 'a thought with punctuation of its own',
    line: 'thought: "is this worth it?" @consideration',
    item: { kind: 'thought', stageId: 's2', text: '"is this worth it?"' },
  },
  {
    name: 'a feeling score with no separator',
    line: 'feeling 2 @decision',
    item: { kind: 'feeling', stageId: 's3', text: '', score: 2 },
  },
  {
    name: 'a feeling score and words',
    line: 'feeling: 2 frustrated @decision',
    item: { kind: 'feeling', stageId: 's3', text: 'frustrated', score: 2 },
  },
  {
    name: 'a feeling written as n/5, stage first',
    line: 'Feeling: @retention 4/5 relieved',
    item: { kind: 'feeling', stageId: 's4', text: 'relieved', score: 4 },
  },
  {
    name: 'a feeling without a score',
    line: 'feelings: anxious @awareness',
    item: { kind: 'feeling', stageId: 's1', text: 'anxious' },
  },
  {
    name: 'a feeling score off the scale stays in the text',
    line: 'feeling: 7 out of 10 @advocacy',
    item: { kind: 'feeling', stageId: 's5', text: '7 out of 10' },
  },
  {
    name: '"pain point" for obstacle',
    line: 'Pain point: too many form fields @decision',
    item: { kind: 'obstacle', stageId: 's3', text: 'too many form fields' },
  },
  {
    name: '"pain" for obstacle',
    line: 'pain: no prices on the site',
    item: { kind: 'obstacle', stageId: null, text: 'no prices on the site' },
  },
  {
    name: '"blocker" for obstacle',
    line: 'Blocker: legal review takes weeks (decision)',
    item: { kind: 'obstacle', stageId: 's3', text: 'legal review takes weeks' },
  },
  {
    name: '"friction" for obstacle, dash separator',
    line: 'friction - two logins @retention',
    item: { kind: 'obstacle', stageId: 's4', text: 'two logins' },
  },
  {
    name: '"problem" for obstacle',
    line: 'problem: invoices arrive late',
    item: { kind: 'obstacle', stageId: null, text: 'invoices arrive late' },
  },
  {
    name: '"issues" (plural) for obstacle',
    line: 'Issues: the app logs people out',
    item: { kind: 'obstacle', stageId: null, text: 'the app logs people out' },
  },
  {
    name: '"channel" for touchpoint',
    line: 'channel: LinkedIn ads @awareness',
    item: { kind: 'touchpoint', stageId: 's1', text: 'LinkedIn ads' },
  },
  {
    name: '"touchpoints" (plural)',
    line: 'Touchpoints: partner newsletter @awareness',
    item: { kind: 'touchpoint', stageId: 's1', text: 'partner newsletter' },
  },
  {
    name: '"suggestion" for idea',
    line: 'suggestion: a price calculator @consideration',
    item: { kind: 'idea', stageId: 's2', text: 'a price calculator' },
  },
  {
    name: '"fix" for idea',
    line: 'fix: remember the cart (decision)',
    item: { kind: 'idea', stageId: 's3', text: 'remember the cart' },
  },
  {
    name: '"metric" for kpi',
    line: 'metric: NPS @advocacy',
    item: { kind: 'kpi', stageId: 's5', text: 'NPS' },
  },
  {
    name: 'an unknown @stage leaves the stage open',
    line: 'touchpoint: pricing webinar @nowhere',
    item: { kind: 'touchpoint', stageId: null, text: 'pricing webinar' },
  },
  {
    name: 'an ambiguous @stage leaves the stage open',
    line: 'obstacle: shipping costs shown late @purchase',
    stages: shopStages,
    item: { kind: 'obstacle', stageId: null, text: 'shipping costs shown late' },
  },
  {
    name: 'the longest stage name wins',
    line: 'obstacle: shipping costs shown late @purchase online',
    stages: shopStages,
    item: { kind: 'obstacle', stageId: 's2', text: 'shipping costs shown late' },
  },
  {
    name: 'a stage name with a space, then more words',
    line: 'touchpoint: welcome call @first contact after the demo',
    stages: shopStages,
    item: { kind: 'touchpoint', stageId: 's1', text: 'welcome call after the demo' },
  },
  {
    name: 'brackets that name no stage stay in the text',
    line: 'touchpoint: webinar (free)',
    item: { kind: 'touchpoint', stageId: null, text: 'webinar (free)' },
  },
  {
    name: 'a stage number past the last stage',
    line: 'touchpoint: webinar #9',
    item: { kind: 'touchpoint', stageId: null, text: 'webinar' },
  },
  {
    name: 'an e-mail address is not a stage',
    line: 'touchpoint: write to support@example.com @retention',
    item: { kind: 'touchpoint', stageId: 's4', text: 'write to support@example.com' },
  },
  {
    name: 'a mention is kept and is not a stage',
    line: 'touchpoint: demo with <@U123ABC> @consideration',
    item: { kind: 'touchpoint', stageId: 's2', text: 'demo with <@U123ABC>' },
  },
  {
    name: 'a list bullet',
    line: '• idea: guest checkout @decision',
    item: { kind: 'idea', stageId: 's3', text: 'guest checkout' },
  },
  {
    name: 'a numbered list item',
    line: '2. idea: guest checkout @decision',
    item: { kind: 'idea', stageId: 's3', text: 'guest checkout' },
  },
  {
    name: 'Greek stage, without accents',
    line: 'obstacle: το ταμείο ζητά λογαριασμό @αγορα',
    stages: greekStages,
    item: { kind: 'obstacle', stageId: 's3', text: 'το ταμείο ζητά λογαριασμό' },
  },
  {
    name: 'Greek stage in capitals, in brackets',
    line: 'touchpoint: σύγκριση τιμών (ΑΞΙΟΛΟΓΗΣΗ)',
    stages: greekStages,
    item: { kind: 'touchpoint', stageId: 's2', text: 'σύγκριση τιμών' },
  },
  {
    name: 'the start of a Greek stage name',
    line: 'idea: δωρεάν μεταφορικά @διατ',
    stages: greekStages,
    item: { kind: 'idea', stageId: 's4', text: 'δωρεάν μεταφορικά' },
  },
  {
    name: 'Chinese stage with a full-width colon',
    line: 'touchpoint：直播 @决策',
    stages: chineseStages,
    item: { kind: 'touchpoint', stageId: 's3', text: '直播' },
  },
  {
    name: 'Chinese stage in full-width brackets',
    line: 'obstacle：必须注册账号（决策）',
    stages: chineseStages,
    item: { kind: 'obstacle', stageId: 's3', text: '必须注册账号' },
  },
  {
    name: 'Chinese stage by number',
    line: 'idea: 游客结账 #3',
    stages: chineseStages,
    item: { kind: 'idea', stageId: 's3', text: '游客结账' },
  },
];

describe('parseExplicitReply: explicit lines', () => {
  it.each(explicitLines)('$name', ({ line, stages = defaultStages, item }) => {
    expect(parseExplicitReply(line, stages)).toEqual({ items: [item], rest: [], tooLong: false });
  });
});

describe('parseExplicitReply: lines that are not explicit', () => {
  it.each([
    ['a plain sentence', 'customers complain the checkout asks for an account'],
    ['a feeling without a score or separator', 'feeling frustrated @decision'],
    ['a kind with nothing after it but a stage', 'touchpoint: @decision'],
    ['a word that only starts like a kind', 'Painful: the wait for a quote'],
    ['a kind word and a number, not a feeling', 'problem 2 people left'],
    ['a kind joined to its text by a hyphen', 'touchpoint-webinar'],
    ['a kind word inside the sentence', 'the main obstacle: price'],
    ['Greek', 'Οι πελάτες παραπονιούνται για την τιμή'],
    ['Chinese', '客户抱怨结账太慢'],
  ])('%s', (_, line) => {
    expect(parseExplicitReply(line, defaultStages)).toEqual({ items: [], rest: [line], tooLong: false });
  });
});

describe('parseExplicitReply: several lines', () => {
  it('reads explicit lines exactly and hands the rest on, skipping blank lines and bullets', () => {
    const reply = [
      'touchpoint: pricing webinar @consideration',
      '',
      '  Customers complain the checkout asks for an account  ',
      '- obstacle: slow payment page (decision)',
      '• our webinar is where most leads first talk to sales',
      '   ',
    ].join('\r\n');
    expect(parseExplicitReply(reply, defaultStages)).toEqual({
      items: [
        { kind: 'touchpoint', stageId: 's2', text: 'pricing webinar' },
        { kind: 'obstacle', stageId: 's3', text: 'slow payment page' },
      ],
      rest: [
        'Customers complain the checkout asks for an account',
        'our webinar is where most leads first talk to sales',
      ],
      tooLong: false,
    });
  });

  it('keeps the order of explicit items across languages', () => {
    const reply = 'feeling 1 @决策\nobstacle: 太贵 @决策\n客户在考虑阶段会比较价格';
    expect(parseExplicitReply(reply, chineseStages)).toEqual({
      items: [
        { kind: 'feeling', stageId: 's3', text: '', score: 1 },
        { kind: 'obstacle', stageId: 's3', text: '太贵' },
      ],
      rest: ['客户在考虑阶段会比较价格'],
      tooLong: false,
    });
  });

  it('returns nothing for an empty reply', () => {
    expect(parseExplicitReply(' \n\n ', defaultStages)).toEqual({ items: [], rest: [], tooLong: false });
  });
});

describe('parseExplicitReply: Slack text', () => {
  it('decodes entities in item text and leaves typed brackets as text', () => {
    expect(parseExplicitReply('idea: R&amp;D should test &lt;b&gt; tags @decision', defaultStages).items).toEqual([
      { kind: 'idea', stageId: 's3', text: 'R&D should test <b> tags' },
    ]);
  });

  it('reads links and channel links as their labels', () => {
    const reply = 'touchpoint: <https://example.com/pricing|example.com/pricing> shared in <#C42|sales> @consideration';
    expect(parseExplicitReply(reply, defaultStages).items).toEqual([
      { kind: 'touchpoint', stageId: 's2', text: 'example.com/pricing shared in #sales' },
    ]);
  });
});

describe('plainTextOfSlackMessage', () => {
  itReturnsNamed(plainTextOfSlackMessage, [
    ['an ampersand', 'R&amp;D', 'R&D'],
    ['typed angle brackets', '&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['an escaped entity decodes once', '&amp;lt;', '&lt;'],
    ['a user mention', 'ask <@U123> first', 'ask <@U123> first'],
    ['a user mention with a name', '<@U123|ana> knows', '<@U123|ana> knows'],
    ['a special mention', '<!here> look', '<!here> look'],
    ['a typed special mention is only text', '&lt;!channel&gt;', '<!channel>'],
    ['a channel link', 'see <#C123|customer-voice>', 'see #customer-voice'],
    ['a channel link without a name', 'see <#C123>', 'see <#C123>'],
    ['a labelled link', '<https://example.com/p?a=1&amp;b=2|the pricing page>', 'the pricing page'],
    ['a bare link', '<https://example.com/p?a=1&amp;b=2>', 'https://example.com/p?a=1&b=2'],
    ['an e-mail link', '<mailto:help@example.com|help@example.com>', 'help@example.com'],
    ['Greek and Chinese pass through', 'Τιμή &amp; 价格', 'Τιμή & 价格'],
  ]);
});

describe('parseExplicitReply: length', () => {
  it('refuses a reply over the limit instead of cutting it', () => {
    const reply = `touchpoint: ${'x'.repeat(MAX_TEXT_LENGTH)}`;
    expect(parseExplicitReply(reply, defaultStages)).toEqual({ items: [], rest: [], tooLong: true });
  });

  it('accepts a reply exactly at the limit', () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH - 'touchpoint: '.length);
    const parsed = parseExplicitReply(`touchpoint: ${text}`, defaultStages);
    expect(parsed).toEqual({ items: [{ kind: 'touchpoint', stageId: null, text }], rest: [], tooLong: false });
  });

  it('measures the decoded text, not the escaped one Slack sends', () => {
    const parsed = parseExplicitReply('&amp;'.repeat(MAX_TEXT_LENGTH), defaultStages);
    expect(parsed).toEqual({ items: [], rest: ['&'.repeat(MAX_TEXT_LENGTH)], tooLong: false });
  });

  it('counts a long Greek or Chinese reply by characters like any other', () => {
    expect(parseExplicitReply('慢'.repeat(MAX_TEXT_LENGTH + 1), chineseStages).tooLong).toBe(true);
    expect(parseExplicitReply('αργό'.repeat(MAX_TEXT_LENGTH / 4), greekStages).tooLong).toBe(false);
  });
});
