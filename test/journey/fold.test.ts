import { describe, expect, it } from 'vitest';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution, Department } from '../../src/journey/model.ts';
import { contribution, testMap } from './fixtures.ts';

const map = testMap({ stakeholderIds: ['U1', 'U2', 'U3'] });

function stage1(contributions: Contribution[], departmentsByUser?: ReadonlyMap<string, Department>) {
  return fold(map, contributions, { departmentsByUser }).stages[0]!;
}

function touchpointTexts(contributions: Contribution[]): string[] {
  return stage1(contributions).items.touchpoint.map((item) => `${item.text}×${item.count}`);
}

describe('fold: which contributions count', () => {
  it.each([
    ['a contribution of the map', [contribution('a')], 1],
    ['a contribution of another map', [contribution('a', { mapId: 'm2' })], 0],
    ['a contribution to a stage the map does not have', [contribution('a', { stageId: 's9' })], 0],
    ['the same id delivered twice', [contribution('a'), contribution('a')], 1],
    ['two contents under one id', [contribution('a', { text: 'email' }), contribution('a')], 1],
    ['a retracted contribution', [contribution('a'), contribution('b', { retracts: 'a' })], 0],
    ['a retraction that arrives first', [contribution('b', { retracts: 'a' }), contribution('a')], 0],
    ['a retraction of an unknown id', [contribution('a'), contribution('b', { retracts: 'zz' })], 1],
    [
      'a retraction of a retraction',
      [contribution('a'), contribution('b', { retracts: 'a' }), contribution('c', { retracts: 'b' })],
      0,
    ],
    ['a retraction from another map', [contribution('a'), contribution('b', { retracts: 'a', mapId: 'm2' })], 1],
    [
      'an edit: a retraction and its replacement',
      [contribution('a'), contribution('b', { retracts: 'a' }), contribution('c')],
      1,
    ],
  ])('%s', (_label, contributions, expected) => {
    const view = fold(map, contributions);
    expect(view.contributionCount).toBe(expected);
    expect(view.stages[0]!.contributionCount).toBe(expected);
    expect(view.stages[0]!.items.touchpoint.reduce((sum, item) => sum + item.count, 0)).toBe(expected);
  });

  it('accepts any iterable of contributions', () => {
    const view = fold(map, new Set([contribution('a'), contribution('b')]));
    expect(view.contributionCount).toBe(2);
  });
});

describe('fold: items', () => {
  it.each([
    ['variants of one text fold together', ['Web site', 'website', 'the website.'], ['Web site×3']],
    ['different texts stay apart', ['website', 'email'], ['email×1', 'website×1']],
    ['text made only of punctuation is not an item', ['website', '???'], ['website×1']],
    ['empty text is not an item', [''], []],
  ])('%s', (_label, texts, expected) => {
    expect(touchpointTexts(texts.map((text, index) => contribution(`c${index}`, { text })))).toEqual(expected);
  });

  it('shows the words of the contribution with the smallest id', () => {
    const contributions = [contribution('c2', { text: 'website' }), contribution('c1', { text: 'The Website' })];
    expect(touchpointTexts(contributions)).toEqual(['The Website×2']);
  });

  it('folds each kind separately', () => {
    const view = stage1([contribution('a', { kind: 'touchpoint' }), contribution('b', { kind: 'obstacle' })]);
    expect(view.items.touchpoint.map((item) => item.kind)).toEqual(['touchpoint']);
    expect(view.items.obstacle.map((item) => item.kind)).toEqual(['obstacle']);
    expect(view.items.idea).toEqual([]);
  });

  it('lists sorted contributors, departments (in DEPARTMENTS order) and contribution ids, and the time span', () => {
    const [item] = stage1([
      contribution('c3', { authorId: 'U2', department: 'support', createdAt: '2026-01-03T00:00:00.000Z' }),
      contribution('c1', { authorId: 'U9', department: 'sales', createdAt: '2026-01-05T00:00:00.000Z' }),
      contribution('c2', { authorId: 'U2', department: 'marketing', createdAt: '2026-01-01T00:00:00.000Z' }),
    ]).items.touchpoint;
    expect(item).toEqual({
      key: 'website',
      text: 'website',
      kind: 'touchpoint',
      count: 3,
      contributorIds: ['U2', 'U9'],
      departments: ['marketing', 'sales', 'support'],
      contributionIds: ['c1', 'c2', 'c3'],
      firstAt: '2026-01-01T00:00:00.000Z',
      lastAt: '2026-01-05T00:00:00.000Z',
    });
  });

  it('compares times of different precision as instants', () => {
    const [item] = stage1([
      contribution('a', { createdAt: '2026-01-01T00:00:00Z' }),
      contribution('b', { createdAt: '2026-01-01T00:00:00.500Z' }),
    ]).items.touchpoint;
    expect(item).toMatchObject({ firstAt: '2026-01-01T00:00:00Z', lastAt: '2026-01-01T00:00:00.500Z' });
  });

  it('sorts by count, then number of departments, then key', () => {
    const contributions = [
      contribution('a1', { text: 'app' }),
      contribution('b1', { text: 'billboard', department: 'sales' }),
      contribution('b2', { text: 'billboard', department: 'support' }),
      contribution('c1', { text: 'call', department: 'sales' }),
      contribution('c2', { text: 'call', department: 'sales' }),
      contribution('d1', { text: 'demo' }),
      contribution('d2', { text: 'demo' }),
      contribution('d3', { text: 'demo' }),
      contribution('e1', { text: 'email', department: 'hr' }),
    ];
    expect(touchpointTexts(contributions)).toEqual(['demo×3', 'billboard×2', 'call×2', 'email×1', 'app×1']);
  });
});

describe('fold: departments', () => {
  const byUser = new Map<string, Department>([['U1', 'finance']]);
  it.each([
    ['its own department wins', { department: 'sales' as const }, byUser, ['sales']],
    ['else the author’s department', {}, byUser, ['finance']],
    ['else none', {}, undefined, []],
    ['none when the author is unknown', { authorId: 'U7' }, byUser, []],
  ])('%s', (_label, overrides, departmentsByUser, expected) => {
    const view = fold(map, [contribution('a', overrides)], { departmentsByUser });
    expect(view.departments).toEqual(expected);
    expect(view.stages[0]!.departments).toEqual(expected);
    expect(view.stages[0]!.items.touchpoint[0]!.departments).toEqual(expected);
  });
});

function feeling(id: string, score: number | undefined, department?: Department, text = ''): Contribution {
  return contribution(id, { kind: 'feeling', score, department, text });
}

describe('fold: feelings', () => {
  it.each([
    ['no scores', [], { count: 0, mean: null, spread: null, byDepartment: {} }],
    [
      'one score',
      [feeling('a', 4, 'sales')],
      { count: 1, mean: 4, spread: 0, byDepartment: { sales: { count: 1, mean: 4 } } },
    ],
    [
      'scores across departments',
      [feeling('a', 1, 'sales'), feeling('b', 2, 'sales'), feeling('c', 5, 'support'), feeling('d', 4)],
      {
        count: 4,
        mean: 3,
        spread: Math.sqrt(2.5),
        byDepartment: { sales: { count: 2, mean: 1.5 }, support: { count: 1, mean: 5 } },
      },
    ],
    [
      'equal scores have no spread',
      [feeling('a', 3), feeling('b', 3), feeling('c', 3)],
      { count: 3, mean: 3, spread: 0, byDepartment: {} },
    ],
    [
      'a feeling without a score',
      [feeling('a', undefined, 'sales', 'anxious')],
      { count: 0, mean: null, spread: null, byDepartment: {} },
    ],
    [
      'a score on another kind',
      [contribution('a', { kind: 'thought', score: 5 })],
      { count: 0, mean: null, spread: null, byDepartment: {} },
    ],
    [
      'a retracted score',
      [feeling('a', 1), feeling('b', 5), contribution('c', { retracts: 'a', kind: 'feeling' })],
      { count: 1, mean: 5, spread: 0, byDepartment: {} },
    ],
  ])('%s', (_label, contributions, expected) => {
    expect(stage1(contributions).feeling).toEqual(expected);
  });

  it('counts a feeling with empty text for the score but not as an item', () => {
    const view = stage1([feeling('a', 2), feeling('b', 4, undefined, 'Frustrated')]);
    expect(view.feeling.count).toBe(2);
    expect(view.items.feeling.map((item) => item.text)).toEqual(['Frustrated']);
    expect(view.contributionCount).toBe(2);
  });
});

describe('fold: disagreements', () => {
  it.each([
    [
      'two departments 2 apart',
      [feeling('a', 1, 'sales'), feeling('b', 3, 'support')],
      { low: 'sales', high: 'support', difference: 2 },
    ],
    ['less than 2 apart', [feeling('a', 2, 'sales'), feeling('b', 3, 'sales'), feeling('c', 4, 'support')], null],
    ['one department alone', [feeling('a', 1, 'sales'), feeling('b', 5, 'sales')], null],
    ['scores without departments', [feeling('a', 1), feeling('b', 5)], null],
    [
      'the extremes of several departments',
      [feeling('a', 3, 'hr'), feeling('b', 1, 'finance'), feeling('c', 5, 'product'), feeling('d', 4, 'sales')],
      { low: 'finance', high: 'product', difference: 4 },
    ],
    [
      'ties go to the earlier department',
      [feeling('a', 1, 'support'), feeling('b', 1, 'marketing'), feeling('c', 5, 'hr'), feeling('d', 5, 'sales')],
      { low: 'marketing', high: 'sales', difference: 4 },
    ],
  ])('%s', (_label, contributions, expected) => {
    const [disagreement] = fold(map, contributions).disagreements;
    if (expected === null) {
      expect(disagreement).toBeUndefined();
    } else {
      expect(disagreement).toMatchObject({
        stageId: 's1',
        low: { department: expected.low },
        high: { department: expected.high },
        difference: expected.difference,
      });
    }
  });

  it('reports each stage with its departments’ means', () => {
    const contributions = [
      feeling('a', 1, 'sales'),
      feeling('b', 2, 'sales'),
      feeling('c', 5, 'support'),
      { ...feeling('d', 1, 'sales'), stageId: 's3' },
      { ...feeling('e', 4, 'hr'), stageId: 's3' },
    ];
    expect(fold(map, contributions).disagreements).toEqual([
      {
        stageId: 's1',
        low: { department: 'sales', mean: 1.5 },
        high: { department: 'support', mean: 5 },
        difference: 3.5,
      },
      { stageId: 's3', low: { department: 'sales', mean: 1 }, high: { department: 'hr', mean: 4 }, difference: 3 },
    ]);
  });
});

describe('fold: gaps', () => {
  it('lists everything as a gap on an empty map', () => {
    const view = fold(map, []);
    expect(view.gaps).toEqual({
      emptyStageIds: ['s1', 's2', 's3'],
      stageIdsWithoutTouchpoint: ['s1', 's2', 's3'],
      silentStakeholderIds: ['U1', 'U2', 'U3'],
      missingDepartments: ['marketing', 'sales', 'support', 'product', 'finance', 'operations', 'hr'],
    });
    expect(view.lastContributionAt).toBeNull();
    expect(view.contributorIds).toEqual([]);
  });

  it('fills gaps with live contributions only', () => {
    const view = fold(
      map,
      [
        contribution('a', { authorId: 'U3', department: 'sales', kind: 'obstacle', text: 'price' }),
        contribution('b', {
          authorId: 'U9',
          department: 'other',
          stageId: 's2',
          createdAt: '2026-02-01T00:00:00.000Z',
        }),
        contribution('c', { authorId: 'U1', department: 'hr', stageId: 's3', createdAt: '2026-03-01T00:00:00.000Z' }),
        contribution('d', { authorId: 'U1', retracts: 'c', stageId: 's3', createdAt: '2026-04-01T00:00:00.000Z' }),
      ],
      { departmentsByUser: new Map([['U1', 'finance']]) },
    );
    expect(view.gaps).toEqual({
      emptyStageIds: ['s3'],
      stageIdsWithoutTouchpoint: ['s1', 's3'],
      silentStakeholderIds: ['U1', 'U2'],
      missingDepartments: ['marketing', 'support', 'product', 'finance', 'operations', 'hr'],
    });
    expect(view.lastContributionAt).toBe('2026-02-01T00:00:00.000Z');
    expect(view.contributorIds).toEqual(['U3', 'U9']);
    expect(view.departments).toEqual(['sales', 'other']);
  });

  it('keeps the map’s stage order and stage objects', () => {
    const view = fold(map, []);
    expect(view.mapId).toBe('m1');
    expect(view.stages.map((stageView) => stageView.stage)).toEqual(map.stages);
  });
});
