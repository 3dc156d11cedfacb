import { describe, expect, it } from 'vitest';
import { answersFromItems, itemsFromAnswers, itemsFromReply, parseDepartment } from '../../src/interview/answers.ts';
import { isSkipReply, type StageAnswers, touchpointTexts } from '../../src/interview/index.ts';
import { MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { itReturns } from '../support/tables.ts';
import { itReadsFeelings, itReadsNoFeeling } from './fixtures.ts';

describe('parseFeeling', () => {
  itReadsFeelings('%j -> score %i, thought %j', [
    ['3', 3, ''],
    [' 5 ', 5, ''],
    ['2 they worry about price', 2, 'they worry about price'],
    ['4/5', 4, ''],
    ['1 / 5 - the form eats their data', 1, 'the form eats their data'],
    ['2. too many steps', 2, 'too many steps'],
    ['5, love the demo', 5, 'love the demo'],
    ['😫', 1, ''],
    ['😟 they are unsure', 2, 'they are unsure'],
    ['🙂\uFE0F', 4, ''],
    [':heart_eyes: finally it works', 5, 'finally it works'],
    [':neutral_face:', 3, ''],
    ['very bad', 1, ''],
    ['Very Bad - they hate forms', 1, 'they hate forms'],
    ['bad', 2, ''],
    ['ok, they are fine with it', 3, 'they are fine with it'],
    ['so-so', 3, ''],
    ['good', 4, ''],
    ['Very positive!', 5, ''],
    ['great: it just works', 5, 'it just works'],
    ['2 they worry\nand ask for a discount', 2, 'they worry\nand ask for a discount'],
  ]);

  itReadsNoFeeling([
    '',
    '0',
    '6',
    '25 minutes of waiting',
    '2.5',
    '2,5',
    'good question, no idea',
    'they are confused',
    '😀',
  ]);
});

describe('touchpointTexts', () => {
  it.each([
    ['website', ['Website']],
    ['Web site, e-mail', ['Website', 'Email']],
    ['reviews; Google\nLinkedIn', ['Reviews', 'Search', 'Social media']],
    ['sales calls and demos', ['Sales call', 'Demo']],
    ['the webinars', ['Webinar']],
    ['ad', ['Ads']],
    ['- live chat\n- store', ['Live chat', 'Store']],
    ['pricing calculator', ['pricing calculator']],
    ['website and pricing calculator', ['Website', 'pricing calculator']],
    ['website, reviews and a podcast', ['Website', 'Reviews', 'podcast']],
    ['terms and conditions page, App', ['terms and conditions page', 'App']],
    [' , ,\n', []],
  ])('%j -> %j', (text, expected) => {
    expect(touchpointTexts(text)).toEqual(expected);
  });
});

describe('isSkipReply', () => {
  itReturns(isSkipReply, '%j -> %s', [
    ['skip', true],
    [' Skip! ', true],
    ['-', true],
    ['—', true],
    ['n/a', true],
    ["don't know", true],
    ['no idea', true],
    ['skip the onboarding call', false],
    ['-5% discount', false],
    ['', false],
  ]);
});

describe('parseDepartment', () => {
  itReturns(parseDepartment, '%j -> %s', [
    ['Sales', 'sales'],
    ['  marketing ', 'marketing'],
    ['HR', 'hr'],
    ['Human Resources', 'hr'],
    ['customer service', 'support'],
    ['ops', 'operations'],
    ['other', 'other'],
    ['legal and compliance', undefined],
  ]);
});

describe('itemsFromAnswers', () => {
  it('turns every line of every field into one item, in question order', () => {
    const parsed = itemsFromAnswers({
      goal: 'Find the price',
      action: '- Reads reviews\n\n- Compares plans  \n',
      score: 2,
      thought: 'Is it worth it?',
      touchpointIds: ['reviews', 'website'],
      otherTouchpoints: 'pricing calculator\nweb site',
      obstacles: 'No total price\nNo total price!',
      ideas: '1. Price calculator',
    });
    expect(parsed).toEqual({
      ok: true,
      items: [
        { kind: 'goal', text: 'Find the price' },
        { kind: 'action', text: 'Reads reviews' },
        { kind: 'action', text: 'Compares plans' },
        { kind: 'feeling', text: '', score: 2 },
        { kind: 'thought', text: 'Is it worth it?' },
        { kind: 'touchpoint', text: 'Reviews' },
        { kind: 'touchpoint', text: 'Website' },
        { kind: 'touchpoint', text: 'pricing calculator' },
        { kind: 'obstacle', text: 'No total price' },
        { kind: 'idea', text: 'Price calculator' },
      ],
    });
  });

  it.each<[string, StageAnswers, Record<string, string | RegExp>]>([
    ['no action', { score: 3 }, { action: /at least one thing/ }],
    ['blank action', { action: ' \n - \n', score: 3 }, { action: /at least one thing/ }],
    ['no feeling', { action: 'Reads' }, { score: /how the customer feels/ }],
    ['a thought without a score', { action: 'Reads', thought: 'Hmm' }, { score: /how the customer feels/ }],
    ['score out of range', { action: 'Reads', score: 6 }, { score: /from 1/ }],
    ['score not whole', { action: 'Reads', score: 2.5 }, { score: /from 1/ }],
    ['unknown touchpoint', { action: 'Reads', score: 3, touchpointIds: ['fax'] }, { touchpointIds: /from the list/ }],
    [
      'an obstacle too long',
      { action: 'Reads', score: 3, obstacles: `short\n${'x'.repeat(MAX_TEXT_LENGTH + 1)}` },
      { obstacles: new RegExp(`${MAX_TEXT_LENGTH + 1} characters long; the limit is ${MAX_TEXT_LENGTH}`) },
    ],
    ['two problems at once', {}, { action: /at least one thing/, score: /how the customer feels/ }],
  ])('refuses %s with an error on the field', (_, answers, expected) => {
    const parsed = itemsFromAnswers(answers);
    if (parsed.ok) throw new Error('expected the answers to be refused');
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, message] of Object.entries(expected)) {
      expect(parsed.fieldErrors[field as keyof StageAnswers]).toMatch(message);
    }
    expect(Object.values(parsed.fieldErrors)).toContain(parsed.reason);
  });

  it('accepts an item of exactly the maximum length, never cutting it', () => {
    const text = 'y'.repeat(MAX_TEXT_LENGTH);
    const parsed = itemsFromAnswers({ action: text, score: 3 });
    expect(parsed.ok && parsed.items[0]).toEqual({ kind: 'action', text });
  });
});

describe('itemsFromReply', () => {
  it.each([
    [
      'goal',
      'Know the price\nSee a demo',
      [
        ['goal', 'Know the price'],
        ['goal', 'See a demo'],
      ],
    ],
    ['action', 'Reads reviews', [['action', 'Reads reviews']]],
    ['feeling', '4', [['feeling', '', 4]]],
    [
      'feeling',
      '2 worried about lock-in',
      [
        ['feeling', '', 2],
        ['thought', 'worried about lock-in'],
      ],
    ],
    [
      'touchpoint',
      'website, pricing calculator',
      [
        ['touchpoint', 'Website'],
        ['touchpoint', 'pricing calculator'],
      ],
    ],
    ['obstacle', '• no trial', [['obstacle', 'no trial']]],
    ['idea', 'Free trial', [['idea', 'Free trial']]],
  ] as const)('%s: %j', (step, text, expected) => {
    const parsed = itemsFromReply(step, text);
    expect(parsed.ok && parsed.items.map((i) => (i.score ? [i.kind, i.text, i.score] : [i.kind, i.text]))).toEqual(
      expected,
    );
  });

  it.each([
    ['feeling', 'they are confused', /number from 1/],
    ['goal', '   ', /or "skip"/],
    ['action', '-\n', /answer to the question above/],
    ['idea', 'z'.repeat(MAX_TEXT_LENGTH + 1), /the limit is/],
  ] as const)('%s: refuses %j', (step, text, reason) => {
    const parsed = itemsFromReply(step, text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});

describe('answersFromItems', () => {
  it('gives back answers that produce the same items', () => {
    const answers: StageAnswers = {
      goal: 'Find the price',
      action: 'Reads reviews\nCompares plans',
      score: 2,
      thought: 'Is it worth it?',
      touchpointIds: ['reviews', 'website'],
      otherTouchpoints: 'pricing calculator',
      obstacles: 'No total price',
      ideas: 'Price calculator',
    };
    const parsed = itemsFromAnswers(answers);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(answersFromItems(parsed.items)).toEqual(answers);
  });

  it('leaves unanswered fields out', () => {
    expect(answersFromItems([{ kind: 'action', text: 'Reads' }])).toEqual({ action: 'Reads', touchpointIds: [] });
  });
});
