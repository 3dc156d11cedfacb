import { describe, expect, it } from 'vitest';
import { type ObstacleSetting, readProblems } from '../../src/insights/classify.ts';
import { FAMILIES, family } from './family-fixtures.ts';

const SHOP: ObstacleSetting = {
  goal: 'Why do store visitors leave?',
  persona: 'Maya',
  stageName: 'Decision',
  touchpoints: [],
};

function familiesOf(answer: string, setting: ObstacleSetting = SHOP, families = FAMILIES): Array<string | null> {
  return readProblems(families, answer, setting).map((problem) => problem.family?.id ?? null);
}

describe('readProblems', () => {
  it.each([
    ['a strong phrase alone', 'Huge queue at the tills on Saturdays', 'till_queue'],
    ['what is affected together with what goes wrong', 'the cashiers make ppl wait forever', 'till_queue'],
    ['Greek without accents or in capitals', 'ΜΕΓΑΛΗ ΟΥΡΑ ΣΤΟ ΤΑΜΕΙΟ', 'till_queue'],
    ['Simplified Chinese', '周末收银台排队太久', 'till_queue'],
    ['Traditional Chinese', '週末收銀台排隊太久', 'till_queue'],
    ['only half the evidence', 'the tills are old', null],
    ['nothing it knows', 'the weather is bad', null],
    ['an empty answer', '', null],
  ])('%s', (_label, answer, expected) => {
    expect(familiesOf(answer)).toEqual(expected === null && answer === '' ? [] : [expected]);
  });

  it('lets a word that rules a family out win over its evidence: an online checkout is not a till', () => {
    expect(familiesOf('online checkout: too many steps, people wait at the payment page')).toEqual([
      'online_checkout_friction',
    ]);
  });

  it('splits one answer into its separate problems, at sentences, commas and "and" in every language', () => {
    expect(familiesOf('Queue at the tills. And the car park is always full')).toEqual(['till_queue', 'parking']);
    expect(familiesOf('queue at the tills, car park full')).toEqual(['till_queue', 'parking']);
    expect(familiesOf('ουρα στο ταμειο και το παρκινγκ ειναι γεματο')).toEqual(['till_queue', 'parking']);
    expect(familiesOf('收银台排队、停车没位')).toEqual(['till_queue', 'parking']);
  });

  it('does not end a sentence at the point inside a number', () => {
    const problems = readProblems(FAMILIES, 'queue at the tills for 2.5 hours. The car park is full', SHOP);
    expect(problems.map(({ text, family }) => [text, family?.id])).toEqual([
      ['queue at the tills for 2.5 hours', 'till_queue'],
      ['The car park is full', 'parking'],
    ]);
  });

  it('does not end a sentence at the full stop of an abbreviation', () => {
    const texts = (answer: string) => readProblems(FAMILIES, answer, SHOP).map(({ text }) => text);
    expect(texts('τηλ. κέντρο: ουρα στο ταμειο. Το παρκινγκ ειναι γεματο')).toEqual([
      'τηλ. κέντρο: ουρα στο ταμειο',
      'Το παρκινγκ ειναι γεματο',
    ]);
    expect(texts('e.g. the tills, ppl wait 20 min. at least. car park full')).toEqual([
      'e.g. the tills, ppl wait 20 min. at least',
      'car park full',
    ]);
  });

  it('quotes a piece without the quote mark or dash a cut left at its ends', () => {
    const texts = (answer: string) => readProblems(FAMILIES, answer, SHOP).map(({ text }) => text);
    expect(texts("ουρα στο ταμειο 'γιατι;' = το παρκινγκ ειναι γεματο")).toEqual([
      "ουρα στο ταμειο 'γιατι",
      'το παρκινγκ ειναι γεματο',
    ]);
    expect(texts("they say 'queue at the tills' every day")).toEqual(["they say 'queue at the tills' every day"]);
    expect(texts('「收银台排队太久？」——顾客原话')).toEqual(['收银台排队太久', '顾客原话']);
  });

  it('splits Chinese at conjunctions found as words, not at the same character inside a word', () => {
    expect(familiesOf('周末收银台排队太久以及停车没位')).toEqual(['till_queue', 'parking']);
    expect(familiesOf('天气暖和收银台排队太久')).toEqual(['till_queue']);
  });

  it('keeps a part that fits a family when the clause as a whole fits none', () => {
    expect(familiesOf('收银台排队太久，天气也不好')).toEqual(['till_queue']);
  });

  it('keeps a clause whole when its parts are not separate problems', () => {
    expect(familiesOf('the cashiers are slow and make people wait')).toEqual(['till_queue']);
  });

  it('reads evidence across two sentences when no sentence holds it alone', () => {
    expect(familiesOf('The tills again. People wait 20 min')).toEqual(['till_queue']);
  });

  it('counts one word matched by two terms (two scripts, two inflections) as one piece of evidence', () => {
    const scripts = family('scripts', {
      subject: { en: ['x'], el: ['x'], zh: ['柜台'] },
      problem: { en: ['x'], el: ['x'], zh: ['排队', '排隊'] },
    });
    const plain = family('plain', {
      subject: { en: ['x'], el: ['x'], zh: ['柜台'] },
      problem: { en: ['x'], el: ['x'], zh: ['排队'] },
    });
    expect(familiesOf('柜台排隊', SHOP, [scripts, plain])).toEqual([null]);
  });

  it('uses the map as context to settle a close call, and says nothing on a tie', () => {
    const queueA = family('queue_a', {
      subject: { en: ['counter'], el: ['x'], zh: ['某'] },
      problem: { en: ['wait*'], el: ['y'], zh: ['某'] },
      context: { en: ['bank*'], el: [], zh: [] },
    });
    const queueB = family('queue_b', {
      subject: { en: ['counter'], el: ['x'], zh: ['某'] },
      problem: { en: ['wait*'], el: ['y'], zh: ['某'] },
      context: { en: ['pharmac*'], el: [], zh: [] },
    });
    const bank = { ...SHOP, goal: 'Bank branch visits' };
    expect(familiesOf('long wait at the counter', bank, [queueA, queueB])).toEqual(['queue_a']);
    expect(familiesOf('long wait at the counter', SHOP, [queueA, queueB])).toEqual([null]);
  });
});
