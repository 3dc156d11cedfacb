import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../src/insights/extract-rules.ts';
import { extractionFromModel, modelExtractionSchema } from '../../src/insights/extraction.ts';
import { DEFAULT_STAGE_NAMES, type Kind, MAX_TEXT_LENGTH, type Stage } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';

const defaultStages = createStages(DEFAULT_STAGE_NAMES);
const greekStages = createStages(['Ενημέρωση', 'Αξιολόγηση', 'Αγορά', 'Διατήρηση', 'Σύσταση']);
const chineseStages = createStages(['认知', '考虑', '决策', '留存', '推荐']);
/** Two stages share the start "Purchase", none is called Decision or Purchase on its own. */
const shopStages = createStages(['First contact', 'Purchase online', 'Purchase in store', 'Renewal']);

type Expected = [kind: Kind | null, stageId: string | null, text: string];

function understood(text: string, stages: readonly Stage[]): Expected[] {
  const extraction = extractWithRules(text, stages);
  expect(extraction.source).toBe('rules');
  return extraction.items.map((item) => [item.kind, item.stageId, item.text]);
}

describe('extractWithRules: one item', () => {
  it.each<[string, string, readonly Stage[], Expected]>([
    [
      'a complaint about the checkout is an obstacle at Decision',
      'customers complain the checkout asks for an account',
      defaultStages,
      ['obstacle', 's3', 'customers complain the checkout asks for an account'],
    ],
    [
      'a channel with no stage',
      'Our webinar is where most leads first talk to sales',
      defaultStages,
      ['touchpoint', null, 'Our webinar is where most leads first talk to sales'],
    ],
    [
      'a suggestion is an idea, even when it names a complaint',
      "We should stop asking for an account, people can't find the guest option",
      defaultStages,
      ['idea', null, "We should stop asking for an account, people can't find the guest option"],
    ],
    [
      'an idea placed by a checkout word',
      'We should offer guest checkout',
      defaultStages,
      ['idea', 's3', 'We should offer guest checkout'],
    ],
    [
      'a complaint about a channel is an obstacle',
      'The pricing page is confusing',
      defaultStages,
      ['obstacle', null, 'The pricing page is confusing'],
    ],
    [
      'comparing hints at Consideration',
      'They compare us with competitors on the pricing page',
      defaultStages,
      ['touchpoint', 's2', 'They compare us with competitors on the pricing page'],
    ],
    [
      'cancelling and renewing hint at Retention',
      'People cancel because renewal emails are confusing',
      defaultStages,
      ['obstacle', 's4', 'People cancel because renewal emails are confusing'],
    ],
    [
      'a stage named in the text',
      'In the consideration stage, demos convert best',
      defaultStages,
      ['touchpoint', 's2', 'In the consideration stage, demos convert best'],
    ],
    [
      'a word that starts a stage name',
      "customers aren't aware of our ads",
      defaultStages,
      ['touchpoint', 's1', "customers aren't aware of our ads"],
    ],
    [
      'a stage name wins over a hint',
      'At the advocacy stage the checkout emails are too long',
      defaultStages,
      ['obstacle', 's5', 'At the advocacy stage the checkout emails are too long'],
    ],
    [
      'two stages named: the stage is left open',
      'They move from awareness to consideration too slowly',
      defaultStages,
      ['obstacle', null, 'They move from awareness to consideration too slowly'],
    ],
    [
      'numbers in the text are not stage numbers',
      'customers wait 2 days for an email',
      defaultStages,
      ['touchpoint', null, 'customers wait 2 days for an email'],
    ],
    ['nothing to tell: kind and stage open', 'thanks everyone', defaultStages, [null, null, 'thanks everyone']],
    [
      'a stage but no kind',
      'Checkout is where we lose them',
      defaultStages,
      [null, 's3', 'Checkout is where we lose them'],
    ],
    [
      'whitespace is tidied',
      '  the   webinar \t runs long  ',
      defaultStages,
      ['touchpoint', null, 'the webinar runs long'],
    ],
    [
      'Greek complaint on default stages',
      'Οι πελάτες παραπονιούνται ότι η εφαρμογή είναι αργή',
      defaultStages,
      ['obstacle', null, 'Οι πελάτες παραπονιούνται ότι η εφαρμογή είναι αργή'],
    ],
    [
      'Greek idea placed by a checkout word on English stages',
      'Θα έπρεπε να έχουμε live chat στο ταμείο',
      defaultStages,
      ['idea', 's3', 'Θα έπρεπε να έχουμε live chat στο ταμείο'],
    ],
    [
      'Greek capitals without accents',
      'ΔΕΝ ΜΠΟΡΟΥΝ ΝΑ ΒΡΟΥΝ ΤΗΝ ΤΙΜΗ',
      defaultStages,
      ['obstacle', null, 'ΔΕΝ ΜΠΟΡΟΥΝ ΝΑ ΒΡΟΥΝ ΤΗΝ ΤΙΜΗ'],
    ],
    [
      'a Greek stage named in another grammatical case',
      'Στο στάδιο της αγοράς οι πελάτες εγκαταλείπουν το καλάθι',
      greekStages,
      ['obstacle', 's3', 'Στο στάδιο της αγοράς οι πελάτες εγκαταλείπουν το καλάθι'],
    ],
    [
      'a Greek stage named as it is',
      'Η ιστοσελίδα είναι το πρώτο που βλέπουν στην ενημέρωση',
      greekStages,
      ['touchpoint', 's1', 'Η ιστοσελίδα είναι το πρώτο που βλέπουν στην ενημέρωση'],
    ],
    [
      'Chinese complaint placed by a checkout word on English stages',
      '客户抱怨结账时必须注册账号',
      defaultStages,
      ['obstacle', 's3', '客户抱怨结账时必须注册账号'],
    ],
    [
      'a Chinese stage named inside a sentence with no spaces',
      '在决策阶段客户觉得太贵',
      chineseStages,
      ['obstacle', 's3', '在决策阶段客户觉得太贵'],
    ],
    ['a Chinese idea', '我们应该在官网加上在线客服', chineseStages, ['idea', null, '我们应该在官网加上在线客服']],
    [
      'a Chinese stage but no kind',
      '客户在考虑阶段会比较价格',
      chineseStages,
      [null, 's2', '客户在考虑阶段会比较价格'],
    ],
    [
      'a map without a decision-like stage gets no stage from a checkout word',
      'customers complain the checkout asks for an account',
      createStages(['Discover', 'Try', 'Adopt']),
      ['obstacle', null, 'customers complain the checkout asks for an account'],
    ],
    [
      'a stage called Purchase is decision-like',
      'customers complain the checkout asks for an account',
      createStages(['Research', 'Purchase', 'Use']),
      ['obstacle', 's2', 'customers complain the checkout asks for an account'],
    ],
    [
      'a word that starts two stage names places nothing',
      'purchase is slow on mobile',
      shopStages,
      ['obstacle', null, 'purchase is slow on mobile'],
    ],
    [
      'a two-word stage name',
      'purchase online is slow on mobile',
      shopStages,
      ['obstacle', 's2', 'purchase online is slow on mobile'],
    ],
    [
      'a two-word stage name with a channel',
      'Our welcome email is the first contact',
      shopStages,
      ['touchpoint', 's1', 'Our welcome email is the first contact'],
    ],
  ])('%s', (_, text, stages, expected) => {
    expect(understood(text, stages)).toEqual([expected]);
  });
});

describe('extractWithRules: several sentences', () => {
  it.each<[string, string, readonly Stage[], Expected[]]>([
    [
      'two sentences that each say what they are',
      'The webinar works well. But customers complain the checkout is slow.',
      defaultStages,
      [
        ['touchpoint', null, 'The webinar works well.'],
        ['obstacle', 's3', 'But customers complain the checkout is slow.'],
      ],
    ],
    [
      'a sentence that says nothing joins the one before',
      'Customers complain about the checkout. Nobody reads the terms.',
      defaultStages,
      [['obstacle', 's3', 'Customers complain about the checkout. Nobody reads the terms.']],
    ],
    [
      'a sentence that says nothing joins the one after',
      'Checkout is where we lose them.\nThey cannot find the coupon field.',
      defaultStages,
      [['obstacle', 's3', 'Checkout is where we lose them. They cannot find the coupon field.']],
    ],
    [
      'an idea and an obstacle on separate lines',
      'We should add live chat\nCustomers say support is slow!',
      defaultStages,
      [
        ['idea', null, 'We should add live chat'],
        ['obstacle', null, 'Customers say support is slow!'],
      ],
    ],
    [
      'dots inside numbers and addresses do not end a sentence',
      'Version 2.5 is slow on example.com. It is what everyone uses.',
      defaultStages,
      [['obstacle', null, 'Version 2.5 is slow on example.com. It is what everyone uses.']],
    ],
    [
      'Chinese sentences end without a space',
      '直播效果很好。但是客户抱怨价格太贵！',
      chineseStages,
      [
        ['touchpoint', null, '直播效果很好。'],
        ['obstacle', null, '但是客户抱怨价格太贵！'],
      ],
    ],
    [
      'Chinese sentences that belong together are joined without a space',
      '客户抱怨结账太慢。每次都这样。',
      chineseStages,
      [['obstacle', 's3', '客户抱怨结账太慢。每次都这样。']],
    ],
    [
      'Greek sentences, one with a Greek question mark',
      'Γιατί δεν μπορούν να ολοκληρώσουν την πληρωμή; Θα έπρεπε να δεχόμαστε κάρτες στην αγορά.',
      greekStages,
      [
        ['obstacle', 's3', 'Γιατί δεν μπορούν να ολοκληρώσουν την πληρωμή;'],
        ['idea', 's3', 'Θα έπρεπε να δεχόμαστε κάρτες στην αγορά.'],
      ],
    ],
    ['an empty reply', '  \n ', defaultStages, []],
  ])('%s', (_, text, stages, expected) => {
    expect(understood(text, stages)).toEqual(expected);
  });
});

describe('extractionFromModel', () => {
  const item = { kind: 'touchpoint' as const, stage: 'consideration', text: 'pricing webinar', score: null };

  it.each<[string, string | null, string | null]>([
    ['a stage name in any case', 'CONSIDERATION', 's2'],
    ['the start of a stage name', 'retent', 's4'],
    ['a stage number', '5', 's5'],
    ['an unknown stage', 'Loyalty', null],
    ['no stage', null, null],
  ])('maps %s to a stage id', (_, stage, stageId) => {
    expect(extractionFromModel({ items: [{ ...item, stage }] }, defaultStages)).toEqual({
      items: [{ kind: 'touchpoint', stageId, text: 'pricing webinar' }],
      source: 'model',
    });
  });

  it('leaves an ambiguous stage open', () => {
    expect(extractionFromModel({ items: [{ ...item, stage: 'Purchase' }] }, shopStages).items).toEqual([
      { kind: 'touchpoint', stageId: null, text: 'pricing webinar' },
    ]);
  });

  it('maps Greek and Chinese stage names', () => {
    const greek = extractionFromModel({ items: [{ ...item, stage: 'αγορα' }] }, greekStages);
    const chinese = extractionFromModel({ items: [{ ...item, stage: '决策' }] }, chineseStages);
    expect([greek.items[0]?.stageId, chinese.items[0]?.stageId]).toEqual(['s3', 's3']);
  });

  it.each<[string, Kind | null, number | null, number | undefined]>([
    ['keeps a feeling score', 'feeling', 2, 2],
    ['drops a score off the scale', 'feeling', 7, undefined],
    ['drops a score between faces', 'feeling', 2.5, undefined],
    ['drops a score on another kind', 'obstacle', 2, undefined],
  ])('%s', (_, kind, score, kept) => {
    const [extracted] = extractionFromModel({ items: [{ ...item, kind, score }] }, defaultStages).items;
    expect(extracted?.score).toBe(kept);
  });

  it('trims text and drops items a contribution could not hold', () => {
    const items = [
      { ...item, text: '  slow page  ' },
      { ...item, text: '   ' },
      { ...item, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) },
    ];
    expect(extractionFromModel({ items }, defaultStages).items.map((extracted) => extracted.text)).toEqual([
      'slow page',
    ]);
  });

  it('accepts what a model may answer and rejects unknown kinds', () => {
    const answer = { items: [{ kind: null, stage: null, text: 'something', score: null }] };
    expect(modelExtractionSchema.safeParse(answer).success).toBe(true);
    const unknownKind = { items: [{ kind: 'complaint', stage: null, text: 'something', score: null }] };
    expect(modelExtractionSchema.safeParse(unknownKind).success).toBe(false);
    const missingField = { items: [{ kind: 'idea', stage: null, text: 'something' }] };
    expect(modelExtractionSchema.safeParse(missingField).success).toBe(false);
  });
});
