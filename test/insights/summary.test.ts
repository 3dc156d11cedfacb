import { describe, expect, it } from 'vitest';
import { compileFamily } from '../../src/insights/families.ts';
import { summariseStage, topImprovements } from '../../src/insights/summary.ts';
import { MAX_IMPROVEMENTS, QUOTE_LENGTH } from '../../src/insights/types.ts';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { sampleJourney } from '../fixtures/journeys.ts';
import { conversation, makeMap } from '../support/factories.ts';
import { FAMILIES, family, familyData, fixturePlaybook, localized, PARKING } from './family-fixtures.ts';

/** Engine behaviour is tested on small fixture families; the shipped families are judged by `npm run eval:insights`. */
const SIX = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'].map((word) =>
  family(word, { strong: { en: [`${word} problem`], el: ['-'], zh: ['-'] } }),
);
const playbook = fixturePlaybook([...FAMILIES, ...SIX]);

const map = makeMap({
  goal: 'Find out why shoppers leave',
  persona: { name: 'Maya', description: 'Weekend shopper' },
  stages: createStages(['Browse', 'Buy', 'Return']),
});

/** Writes contributions with increasing ids and times, like a real conversation. */
function conversationOnMap() {
  const { contributions, say, retract } = conversation(map, {
    startsAt: '2026-10-01T09:01:00.000Z',
    idPrefix: 'C',
    source: 'interview',
  });
  const summary = (stageId: string, input: Contribution[] = contributions) =>
    summariseStage(map, fold(map, input), stageId, playbook);
  return { contributions, say, retract, summary };
}

describe('summariseStage: what the customer does, thinks and feels', () => {
  it('ranks obstacles by people, then departments, and says who raised each', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's2', 'obstacle', 'Returns label will not print');
    say('U1', 'support', 's2', 'obstacle', 'returns label will not print!');
    say('U1', 'support', 's2', 'obstacle', 'Returns label will not print.');
    say('U2', 'sales', 's2', 'obstacle', 'Checkout has too many steps');
    say('U3', 'sales', 's2', 'obstacle', 'checkout has too many steps');
    say('U4', 'support', 's2', 'obstacle', 'No reviews on product pages');
    say('U5', 'product', 's2', 'obstacle', 'No reviews on product pages');

    const { topObstacles } = summary('s2');
    expect(topObstacles.map((item) => [item.text, item.contributorIds, item.departments])).toEqual([
      ['No reviews on product pages', ['U4', 'U5'], ['support', 'product']],
      ['Checkout has too many steps', ['U2', 'U3'], ['sales']],
      ['Returns label will not print', ['U1'], ['support']],
    ]);
  });

  it('keeps the top touchpoints, actions and thoughts, most raised first', () => {
    const { say, summary } = conversationOnMap();
    for (const [who, text] of [
      ['U1', 'Website'],
      ['U2', 'Web site'],
      ['U3', 'Store'],
      ['U3', 'App'],
      ['U4', 'Flyer'],
    ] as const) {
      say(who, 'marketing', 's1', 'touchpoint', text);
    }
    say('U1', 'marketing', 's1', 'action', 'Compares prices');
    say('U2', 'sales', 's1', 'action', 'Compares prices');
    say('U1', 'marketing', 's1', 'thought', 'Is it in stock?');
    const result = summary('s1');
    expect(result.topTouchpoints).toHaveLength(3);
    expect(result.topTouchpoints[0]).toMatchObject({ text: 'Website', contributorIds: ['U1', 'U2'] });
    expect(result.does).toEqual(['Compares prices']);
    expect(result.thinks).toEqual(['Is it in stock?']);
  });

  it.each([
    [[1, 2], 1.5, 0.5, '😟'],
    [[4, 5], 4.5, 0.5, '😍'],
    [[3, 3, 3], 3, 0, '😐'],
    [[1, 5], 3, 2, '😐'],
    [[], null, null, null],
  ])('feeling of scores %j: mean %s, spread %s, %s', (scores, mean, spread, emoji) => {
    const { say, summary } = conversationOnMap();
    for (const [i, score] of scores.entries()) say(`U${i}`, 'support', 's1', 'feeling', 'How it feels', score);
    say('U9', 'sales', 's1', 'action', 'Browses');
    expect(summary('s1').feeling).toEqual({ count: scores.length, mean, spread, emoji });
  });

  it.each([
    ['the stage goal when someone said it', 'Find a sofa that fits', 'Maya — goal: Find a sofa that fits'],
    ['the map goal otherwise', null, 'Maya — map goal: Find out why shoppers leave'],
  ])('puts the persona and %s in one line', (_, goal, line) => {
    const { say, summary } = conversationOnMap();
    if (goal) say('U1', 'sales', 's1', 'goal', goal);
    expect(summary('s1').personaLine).toBe(line);
  });

  it('names only the persona when there is no goal at all', () => {
    expect(summariseStage({ ...map, goal: '' }, fold({ ...map, goal: '' }, []), 's1', playbook).personaLine).toBe(
      'Maya',
    );
  });

  it('lists the disagreements of this stage only', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's2', 'feeling', 'Angry', 1);
    say('U2', 'sales', 's2', 'feeling', 'Happy', 5);
    say('U1', 'support', 's1', 'feeling', 'Fine', 3);
    expect(summary('s2').disagreements).toEqual([
      { stageId: 's2', low: { department: 'support', mean: 1 }, high: { department: 'sales', mean: 5 }, difference: 4 },
    ]);
    expect(summary('s1').disagreements).toEqual([]);
  });

  it('says which stage it is and that the rules wrote it', () => {
    const { summary } = conversationOnMap();
    expect(summary('s3')).toMatchObject({ source: 'rules', mapId: map.id, stageId: 's3', stageName: 'Return' });
    expect(summary('s3').narrative).toBeNull();
  });

  it('refuses a stage the map does not have', () => {
    const { summary } = conversationOnMap();
    expect(() => summary('nope')).toThrow(expect.objectContaining({ name: 'DomainError', code: 'invalid_input' }));
  });

  it('gives the same summary whatever the order the contributions arrive in', () => {
    const journey = sampleJourney('ecommerce');
    const forwards = fold(journey.map, journey.contributions);
    const backwards = fold(journey.map, [...journey.contributions].reverse());
    for (const stage of journey.map.stages) {
      expect(summariseStage(journey.map, backwards, stage.id, playbook)).toEqual(
        summariseStage(journey.map, forwards, stage.id, playbook),
      );
    }
  });
});

describe('summariseStage: gaps', () => {
  it('an empty stage is empty, without touchpoint or KPI, and nothing else', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'sales', 's1', 'action', 'Browses');
    const result = summary('s3');
    expect(result.gaps.map((gap) => gap.kind)).toEqual(['empty_stage', 'no_touchpoint', 'no_kpi']);
    expect(result.gaps[0]!.text).toBe('Nobody has described Return yet');
  });

  it('names the departments that said nothing about the stage', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'sales', 's1', 'action', 'Browses');
    say('U2', 'finance', 's1', 'action', 'Browses');
    say('U3', 'support', 's2', 'touchpoint', 'Checkout');
    const gap = summary('s2').gaps.find((candidate) => candidate.kind === 'silent_departments');
    expect(gap).toEqual({
      kind: 'silent_departments',
      text: 'Sales and Finance: nothing about Buy yet',
      departments: ['sales', 'finance'],
    });
  });

  it.each([
    ['a low mean is a dip', [2, 3], true],
    ['2.5 is still a dip', [2, 3, 2, 3], true],
    ['an average mean is not', [3, 3], false],
  ])('%s', (_, scores, isDip) => {
    const { say, summary } = conversationOnMap();
    for (const [i, score] of scores.entries()) say(`U${i}`, 'support', 's1', 'feeling', 'Meh', score);
    expect(summary('s1').gaps.some((gap) => gap.kind === 'emotion_dip')).toBe(isDip);
  });

  it('no obstacle, no feeling and no touchpoint are gaps of a stage people talked about', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'sales', 's1', 'action', 'Browses');
    expect(summary('s1').gaps.map((gap) => gap.kind)).toEqual(['no_obstacle', 'no_touchpoint', 'no_feeling', 'no_kpi']);
  });
});

describe('summariseStage: improvements', () => {
  it('answers the obstacle families raised by most people first, each with a touchpoint, owners and a KPI', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's2', 'touchpoint', 'Tills');
    say('U1', 'support', 's2', 'obstacle', 'The car park is always full');
    say('U2', 'sales', 's2', 'obstacle', 'Queue at the tills on Saturday');
    say('U3', 'product', 's2', 'obstacle', 'queue at the tills on saturday!');
    const [first, second] = summary('s2').improvements;
    expect(first).toEqual({
      answers: { kind: 'obstacle', text: 'Queue at the tills on Saturday' },
      action: 'Fix till_queue',
      touchpoint: 'Tills',
      kpi: 'KPI of till_queue',
      owners: ['operations'],
      patternId: 'till_queue',
    });
    expect(second).toMatchObject({ answers: { text: 'The car park is always full' }, patternId: 'parking' });
  });

  it('merges one problem told in different words and languages, counting every person', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's2', 'obstacle', 'Queue at the tills again');
    say('U2', 'sales', 's2', 'obstacle', 'the cashiers make ppl wait forever');
    say('U3', 'sales', 's2', 'obstacle', '周末收银台排队太久');
    const result = summary('s2');
    expect(result.improvements.filter((improvement) => improvement.patternId === 'till_queue')).toHaveLength(1);
    expect(result.narrative).toBe('3 people (Sales, Support) raised 1 obstacle here.');
    expect(result.alsoRaised).toEqual([]);
  });

  it("quotes a merged obstacle in the map's language when someone said it that way", () => {
    const greek = makeMap({ ...map, language: 'el' });
    const { contributions, say } = conversation(greek, { startsAt: '2026-10-01T09:01:00.000Z', idPrefix: 'C' });
    say('U1', 'support', 's2', 'obstacle', 'Queue at the tills again');
    say('U2', 'sales', 's2', 'obstacle', 'the cashiers make ppl wait forever');
    say('U3', 'sales', 's2', 'obstacle', 'ΜΕΓΑΛΗ ΟΥΡΑ ΣΤΟ ΤΑΜΕΙΟ');
    const { improvements } = summariseStage(greek, fold(greek, contributions), 's2', playbook);
    expect(improvements[0]).toMatchObject({ patternId: 'till_queue', answers: { text: 'ΜΕΓΑΛΗ ΟΥΡΑ ΣΤΟ ΤΑΜΕΙΟ' } });
  });

  it("gives a family's narrower fix to an obstacle that names what it is for, and the family's own to the rest", () => {
    const parkingWithVariant = compileFamily({
      ...familyData(PARKING),
      variants: [
        {
          label: 'bikes',
          when: { en: ['bike*'], el: ['ποδηλατ*'], zh: ['自行车', '自行車'] },
          touchpoint: localized('Bike racks'),
          action: localized('Add bike racks by the door'),
          kpi: localized('Bikes parked a day'),
        },
      ],
    });
    const { say, contributions } = conversationOnMap();
    say('U1', 'support', 's2', 'obstacle', 'The car park is always full of bikes');
    say('U2', 'sales', 's3', 'obstacle', 'The car park is always full');
    const withVariant = fixturePlaybook([parkingWithVariant]);
    const improvementOf = (stageId: string) =>
      summariseStage(map, fold(map, contributions), stageId, withVariant).improvements[0];
    expect(improvementOf('s2')).toMatchObject({
      patternId: 'parking',
      action: 'Add bike racks by the door',
      touchpoint: 'Bike racks',
      kpi: 'Bikes parked a day',
    });
    expect(improvementOf('s3')).toMatchObject({ patternId: 'parking', action: 'Fix parking', kpi: 'KPI of parking' });
  });

  it('asks the people who raised an obstacle no family fits, once, instead of inventing a fix', () => {
    const { say, summary } = conversationOnMap();
    const long = `The demo uses sample data ${'and nobody recognises their own business in it '.repeat(5)}`;
    say('U1', 'sales', 's2', 'obstacle', long);
    say('U3', 'sales', 's2', 'obstacle', long);
    say('U2', 'support', 's2', 'obstacle', 'Something else nobody can name');
    const improvements = summary('s2').improvements;
    const generic = improvements.filter((improvement) => improvement.patternId === null);
    expect(generic).toHaveLength(1);
    expect(generic[0]!.answers.text.length).toBeLessThanOrEqual(QUOTE_LENGTH);
    expect(generic[0]!.answers.text).toMatch(/^The demo uses sample data and .*…$/);
    expect(generic[0]!.action).toMatch(/^Ask the people who raised it \(Sales\) what exactly happens when “The demo/);
    expect(generic[0]!.owners).toEqual(['sales']);
    // It names no touchpoint the obstacle did not: the question is about the whole stage.
    expect(generic[0]!.touchpoint).toBe('every touchpoint of Buy');
  });

  it('adds gap rules, in the playbook order, when families give fewer than 3', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's2', 'obstacle', 'Queue at the tills');
    say('U1', 'support', 's2', 'feeling', 'Angry', 1);
    say('U2', 'sales', 's2', 'feeling', 'Happy', 5);
    say('U3', 'finance', 's1', 'action', 'Browses');
    const improvements = summary('s2').improvements;
    expect(improvements.map((improvement) => improvement.patternId)).toEqual([
      'till_queue',
      'gap_disagreement',
      'gap_no_touchpoint',
    ]);
    expect(improvements[1]!.answers).toEqual({
      kind: 'gap',
      text: 'Support scores Buy 1.0/5, Sales 5.0/5: they see it very differently',
    });
    expect(improvements[1]!.action).toContain('Have Support and Sales listen to 5 customer calls');
  });

  it('keeps at most 3, dropping the obstacles raised by fewest people, and lists the rest as also raised', () => {
    const { say, summary } = conversationOnMap();
    const obstacles = SIX.map((one) => `${one.id} problem`);
    obstacles.forEach((text, i) => {
      for (let person = 0; person < obstacles.length - i; person++)
        say(`U${person}`, 'support', 's2', 'obstacle', text);
    });
    const result = summary('s2');
    expect(result.improvements).toHaveLength(MAX_IMPROVEMENTS);
    expect(result.improvements.map((improvement) => improvement.answers.text)).toEqual(
      obstacles.slice(0, MAX_IMPROVEMENTS),
    );
    expect(result.alsoRaised).toEqual(['delta problem', 'echo problem', 'foxtrot problem']);
  });

  it('an empty stage gets 3 improvements, all about filling it in', () => {
    const { summary } = conversationOnMap();
    const improvements = summary('s3').improvements;
    expect(improvements.map((improvement) => improvement.patternId)).toEqual([
      'gap_empty_stage',
      'gap_no_touchpoint',
      'gap_no_kpi',
    ]);
    expect(improvements.every((improvement) => improvement.answers.kind === 'gap')).toBe(true);
  });

  it('uses the KPI people named for the baseline, as the stage’s one generic suggestion', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's1', 'obstacle', 'Queue at the tills');
    say('U1', 'support', 's1', 'touchpoint', 'Tills');
    say('U1', 'support', 's1', 'feeling', 'Fine', 4);
    say('U1', 'support', 's1', 'kpi', 'Till wait time');
    const improvements = summary('s1').improvements;
    expect(improvements.map((improvement) => improvement.patternId)).toEqual(['till_queue', 'gap_kpi_baseline']);
    expect(improvements[1]).toMatchObject({ kpi: 'Till wait time', touchpoint: 'Tills' });
  });

  it('forgets a retracted obstacle', () => {
    const { say, retract, summary } = conversationOnMap();
    retract(say('U1', 'support', 's2', 'obstacle', 'Queue at the tills'));
    expect(summary('s2').improvements.some((improvement) => improvement.answers.kind === 'obstacle')).toBe(false);
  });

  it('tells how the stage feels against the rest of the journey', () => {
    const { say, summary } = conversationOnMap();
    say('U1', 'support', 's1', 'feeling', 'Fine', 4);
    say('U1', 'support', 's2', 'feeling', 'Bad', 2);
    say('U2', 'sales', 's2', 'obstacle', 'Queue at the tills');
    expect(summary('s2').narrative).toBe(
      '1 person (Sales) raised 1 obstacle here; the feeling dips to 2.0 here, the lowest of the journey.',
    );
    expect(summary('s1').narrative).toBe('the feeling is 4.0 here.');
  });
});

describe('topImprovements', () => {
  const { say, contributions } = conversationOnMap();
  say('U1', 'support', 's1', 'obstacle', 'The car park is always full');
  for (const who of ['U2', 'U3', 'U4']) say(who, 'sales', 's2', 'obstacle', 'Queue at the tills');
  const view = fold(map, contributions);

  it('returns at most the limit, with the stage of each', () => {
    const top = topImprovements(map, view, playbook, 4);
    expect(top).toHaveLength(4);
    const stageIds = map.stages.map((stage) => stage.id);
    expect(top.every((improvement) => stageIds.includes(improvement.stageId))).toBe(true);
  });

  it('puts obstacles raised by more people first', () => {
    const [first] = topImprovements(map, view, playbook, 1);
    expect(first).toMatchObject({ stageId: 's2', patternId: 'till_queue' });
  });

  it('names each family or gap rule once', () => {
    const top = topImprovements(map, view, playbook, 50);
    const ids = top.flatMap((improvement) => (improvement.patternId ? [improvement.patternId] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('gap_empty_stage');
  });

  it('is empty when asked for nothing', () => {
    expect(topImprovements(map, view, playbook, 0)).toEqual([]);
  });
});
