import { describe, expect, it } from 'vitest';
import { type Changes, changesSince, EXAMPLES_PER_KIND } from '../../src/digest/changes.ts';
import type { Contribution, Department } from '../../src/journey/model.ts';
import { contribution, testMap } from '../journey/fixtures.ts';

const LAST_DIGEST = '2026-11-16T07:00:00.000Z';
const BEFORE = '2026-11-10T10:00:00.000Z';
const AFTER = '2026-11-20T10:00:00.000Z';

function earlier(id: string, overrides: Partial<Contribution> = {}): Contribution {
  return contribution(id, { createdAt: BEFORE, ...overrides });
}

function later(id: string, overrides: Partial<Contribution> = {}): Contribution {
  return contribution(id, { createdAt: AFTER, ...overrides });
}

/** The counts of a change set, flat enough to read in a table. */
function counts(changes: Changes) {
  return {
    added: changes.addedCount,
    newItems: changes.newItemCount,
    reinforced: changes.reinforcedItemCount,
    retracted: changes.retractedCount,
    stages: changes.stages.map((stage) => `${stage.stageId}:${stage.addedCount}`),
  };
}

/** Expected `counts`: zero, and no stages, but for what a case names. */
function tally(expected: Partial<ReturnType<typeof counts>>): ReturnType<typeof counts> {
  return { added: 0, newItems: 0, reinforced: 0, retracted: 0, stages: [], ...expected };
}

describe('changesSince', () => {
  it.each<[string, Contribution[], string | null, ReturnType<typeof counts>]>([
    ['no contributions at all', [], null, tally({})],
    [
      'before the first digest everything is new',
      [earlier('c1'), earlier('c2', { text: 'pricing page' })],
      null,
      tally({ added: 2, newItems: 2, stages: ['s1:2'] }),
    ],
    ['nothing since the last digest', [earlier('c1'), earlier('c2', { stageId: 's2' })], LAST_DIGEST, tally({})],
    [
      'a new item',
      [earlier('c1'), later('c2', { text: 'pricing page' })],
      LAST_DIGEST,
      tally({ added: 1, newItems: 1, stages: ['s1:1'] }),
    ],
    [
      'the same item in other words is +1, not new',
      [earlier('c1', { text: 'Website' }), later('c2', { text: 'the web site' })],
      LAST_DIGEST,
      tally({ added: 1, reinforced: 1, stages: ['s1:1'] }),
    ],
    [
      'the same words in another stage are new there',
      [earlier('c1'), later('c2', { stageId: 's2' })],
      LAST_DIGEST,
      tally({ added: 1, newItems: 1, stages: ['s2:1'] }),
    ],
    [
      'the same words as another kind are new',
      [earlier('c1'), later('c2', { kind: 'obstacle' })],
      LAST_DIGEST,
      tally({ added: 1, newItems: 1, stages: ['s1:1'] }),
    ],
    [
      'an older contribution taken back',
      [earlier('c1'), earlier('c2', { text: 'pricing page' }), later('r1', { retracts: 'c2' })],
      LAST_DIGEST,
      tally({ retracted: 1 }),
    ],
    [
      'added and undone within the week leaves no trace',
      [earlier('c1'), later('c2', { text: 'pricing page' }), later('r1', { retracts: 'c2' })],
      LAST_DIGEST,
      tally({}),
    ],
    [
      'an edit is one taken back and one added',
      [earlier('c1', { text: 'pricng page' }), later('r1', { retracts: 'c1' }), later('c2', { text: 'pricing page' })],
      LAST_DIGEST,
      tally({ added: 1, newItems: 1, retracted: 1, stages: ['s1:1'] }),
    ],
    [
      'a score without words counts, though it joins no item',
      [later('f1', { kind: 'feeling', text: '😞', score: 2, stageId: 's3' })],
      LAST_DIGEST,
      tally({ added: 1, stages: ['s3:1'] }),
    ],
    [
      'other maps and unknown stages are ignored',
      [later('c1', { mapId: 'm2' }), later('c2', { stageId: 'gone' })],
      LAST_DIGEST,
      tally({}),
    ],
    [
      'a contribution delivered twice counts once',
      [later('c1'), later('c1')],
      LAST_DIGEST,
      tally({ added: 1, newItems: 1, stages: ['s1:1'] }),
    ],
    [
      'exactly at the last digest belongs to it',
      [contribution('c1', { createdAt: LAST_DIGEST })],
      LAST_DIGEST,
      tally({}),
    ],
    [
      'the same instant written with another precision',
      [contribution('c1', { createdAt: '2026-11-16T07:00:00Z' })],
      LAST_DIGEST,
      tally({}),
    ],
    [
      'stages listed in map order',
      [later('c1', { stageId: 's3' }), later('c2', { stageId: 's1' })],
      LAST_DIGEST,
      tally({ added: 2, newItems: 2, stages: ['s1:1', 's3:1'] }),
    ],
  ])('%s', (_label, contributions, since, expected) => {
    const changes = changesSince(testMap(), contributions, since);
    expect(changes.since).toBe(since);
    expect(counts(changes)).toEqual(expected);
  });

  it('describes new and reinforced items per stage and kind, with examples', () => {
    const changes = changesSince(
      testMap(),
      [
        earlier('c01', { text: 'Website', authorId: 'U1', department: 'marketing' }),
        later('c02', { text: 'web site', authorId: 'U2', department: 'sales' }),
        later('c03', { text: 'websites', authorId: 'U3', department: 'support' }),
        later('c04', { text: 'Pricing webinar', authorId: 'U2', department: 'sales' }),
        later('c05', { kind: 'obstacle', text: 'Checkout asks for an account', authorId: 'U3', department: 'support' }),
        later('c06', { kind: 'obstacle', text: 'checkout asks for an account!', authorId: 'U2', department: 'sales' }),
        later('c07', { kind: 'obstacle', text: 'No prices on the site', authorId: 'U2', department: 'sales' }),
      ],
      LAST_DIGEST,
    );
    expect(changes).toEqual<Changes>({
      since: LAST_DIGEST,
      addedCount: 6,
      newItemCount: 3,
      reinforcedItemCount: 1,
      retractedCount: 0,
      stages: [
        {
          stageId: 's1',
          stageName: 'Awareness',
          addedCount: 6,
          departments: ['sales', 'support'],
          kinds: [
            {
              kind: 'touchpoint',
              newCount: 1,
              newExamples: ['Pricing webinar'],
              reinforcedCount: 1,
              reinforcedExamples: [{ text: 'Website', added: 2, count: 3 }],
            },
            {
              kind: 'obstacle',
              newCount: 2,
              // Most raised first.
              newExamples: ['Checkout asks for an account', 'No prices on the site'],
              reinforcedCount: 0,
              reinforcedExamples: [],
            },
          ],
        },
      ],
      byDepartment: [
        { department: 'sales', count: 4 },
        { department: 'support', count: 2 },
      ],
      newContributorIds: ['U2', 'U3'],
    });
  });

  it(`shows at most ${EXAMPLES_PER_KIND} examples of each kind but counts them all`, () => {
    const ideas = ['Chat on the pricing page', 'Free trial', 'Case studies', 'Shorter signup form', 'Demo video'];
    const changes = changesSince(
      testMap(),
      ideas.map((text, index) => later(`i${index}`, { kind: 'idea', text })),
      LAST_DIGEST,
    );
    const [idea] = changes.stages[0]?.kinds ?? [];
    expect(idea?.newCount).toBe(ideas.length);
    expect(idea?.newExamples).toHaveLength(EXAMPLES_PER_KIND);
  });

  it('orders reinforced examples by how much they grew', () => {
    const texts = ['website', 'pricing page', 'newsletter', 'webinar'];
    const contributions = [
      ...texts.map((text, index) => earlier(`e${index}`, { text })),
      later('a1', { text: 'newsletter' }),
      later('a2', { text: 'webinar', authorId: 'U2' }),
      later('a3', { text: 'webinar', authorId: 'U3' }),
      later('a4', { text: 'pricing page' }),
      later('a5', { text: 'pricing page', authorId: 'U2' }),
      later('a6', { text: 'pricing page', authorId: 'U3' }),
      later('a7', { text: 'website' }),
    ];
    const [touchpoint] = changesSince(testMap(), contributions, LAST_DIGEST).stages[0]?.kinds ?? [];
    expect(touchpoint?.reinforcedCount).toBe(4);
    expect(touchpoint?.reinforcedExamples.map(({ text, added }) => `${text} +${added}`)).toEqual([
      'pricing page +3',
      'webinar +2',
      'newsletter +1',
    ]);
  });

  it('takes departments from the people when a contribution has none', () => {
    const departmentsByUser = new Map<string, Department>([
      ['U1', 'support'],
      ['U2', 'finance'],
    ]);
    const changes = changesSince(
      testMap(),
      [
        later('c1', { authorId: 'U1' }),
        later('c2', { authorId: 'U2', department: 'sales' }),
        later('c3', { authorId: 'U9' }),
      ],
      LAST_DIGEST,
      { departmentsByUser },
    );
    expect(changes.byDepartment).toEqual([
      { department: 'sales', count: 1 },
      { department: 'support', count: 1 },
    ]);
    expect(changes.stages[0]?.departments).toEqual(['sales', 'support']);
  });

  it('names people who had no live contribution at the last digest', () => {
    const changes = changesSince(
      testMap(),
      [
        earlier('c1', { authorId: 'U1' }),
        earlier('c2', { authorId: 'U2' }),
        later('r2', { authorId: 'U2', retracts: 'c2' }),
        later('c3', { authorId: 'U1', text: 'pricing page' }),
        later('c4', { authorId: 'U3', text: 'pricing page' }),
      ],
      LAST_DIGEST,
    );
    expect(changes.newContributorIds).toEqual(['U3']);
  });
});
