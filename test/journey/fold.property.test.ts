import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/journey/fold.ts';
import { type Contribution, DEPARTMENTS, type Department, KINDS, SOURCES } from '../../src/journey/model.ts';
import { testMap } from './fixtures.ts';

const map = testMap({ stakeholderIds: ['U1', 'U2', 'U5'] });
const departmentsByUser = new Map<string, Department>([
  ['U1', 'sales'],
  ['U2', 'support'],
]);

// Small pools so that ids collide, retractions hit, and texts fold together.
const ids = Array.from({ length: 20 }, (_, index) => `c${index + 1}`);
const texts = [
  'Web site',
  'website',
  'the website.',
  'E-mail',
  'emails',
  'Ιστοσελίδα',
  'ιστοσελιδα',
  '网站',
  '网站。',
  '',
  '?!',
  'price',
];
const times = [
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000Z',
  '2026-01-02T08:30:00.000Z',
  '2026-01-03T12:00:00.000Z',
];

/** Mostly absent: optional fields present as often as absent would make most contributions retractions. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, weight: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight }, { arbitrary, weight: 1 });

const contributionArbitrary: fc.Arbitrary<Contribution> = fc
  .record({
    id: fc.constantFrom(...ids),
    mapId: fc.constantFrom('m1', 'm1', 'm1', 'm1', 'm2'),
    authorId: fc.constantFrom('U1', 'U2', 'U3', 'U4'),
    department: sometimes(fc.constantFrom(...DEPARTMENTS), 1),
    source: fc.constantFrom(...SOURCES),
    stageId: fc.constantFrom('s1', 's1', 's1', 's2', 's3', 's9'),
    kind: fc.oneof({ arbitrary: fc.constantFrom('touchpoint', 'feeling'), weight: 4 }, fc.constantFrom(...KINDS)),
    text: fc.constantFrom(...texts),
    score: sometimes(fc.integer({ min: 1, max: 5 }), 1),
    createdAt: fc.constantFrom(...times),
    retracts: sometimes(fc.constantFrom(...ids), 6),
  })
  .map(({ department, score, retracts, ...required }) => ({
    ...required,
    ...(department !== undefined && { department }),
    ...(score !== undefined && { score }),
    ...(retracts !== undefined && { retracts }),
  }));

/** A set of contributions: one id names one immutable contribution. */
const contributionSet = fc.uniqueArray(contributionArbitrary, {
  selector: (contribution) => contribution.id,
  minLength: 4,
  maxLength: ids.length,
  size: 'max',
});

const shuffled = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('fold is deterministic', () => {
  it('gives the same view for the same contributions in any order', () => {
    fc.assert(
      fc.property(
        contributionSet.chain((set) => fc.tuple(fc.constant(set), shuffled(set))),
        ([contributions, reordered]) => {
          expect(fold(map, reordered, { departmentsByUser })).toEqual(fold(map, contributions, { departmentsByUser }));
        },
      ),
    );
  });

  it('gives the same view when some contributions are delivered again, in any order', () => {
    const redelivered = contributionSet.chain((set) =>
      fc
        .subarray(set)
        .chain((again) => fc.tuple(fc.constant(set), shuffled([...set, ...again.map((c) => structuredClone(c))]))),
    );
    fc.assert(
      fc.property(redelivered, ([contributions, delivered]) => {
        expect(fold(map, delivered, { departmentsByUser })).toEqual(fold(map, contributions, { departmentsByUser }));
      }),
    );
  });

  it('picks the same version of a corrupted id (two contents under one id) whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(contributionArbitrary, { maxLength: 20 }).chain((list) => fc.tuple(fc.constant(list), shuffled(list))),
        ([contributions, reordered]) => {
          expect(fold(map, reordered)).toEqual(fold(map, contributions));
        },
      ),
    );
  });
});

describe('fold invariants', () => {
  it('keeps counts, ids and orderings consistent', () => {
    fc.assert(
      fc.property(contributionSet, (contributions) => {
        const view = fold(map, contributions, { departmentsByUser });
        const stageCounts = view.stages.reduce((sum, stage) => sum + stage.contributionCount, 0);
        expect(view.contributionCount).toBe(stageCounts);
        const itemIds = view.stages.flatMap((stage) =>
          KINDS.flatMap((kind) => stage.items[kind].flatMap((item) => item.contributionIds)),
        );
        expect(new Set(itemIds).size).toBe(itemIds.length);
        expect(itemIds.length).toBeLessThanOrEqual(view.contributionCount);
        for (const stage of view.stages) {
          for (const kind of KINDS) {
            const items = stage.items[kind];
            expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
            for (const [index, item] of items.entries()) {
              expect(item.key).not.toBe('');
              expect(item.count).toBe(item.contributionIds.length);
              expect(item.contributionIds).toEqual([...item.contributionIds].sort());
              const next = items[index + 1];
              if (next) expect(item.count).toBeGreaterThanOrEqual(next.count);
            }
          }
          const { mean, spread } = stage.feeling;
          if (mean !== null) expect(mean).toBeGreaterThanOrEqual(1);
          if (mean !== null) expect(mean).toBeLessThanOrEqual(5);
          if (spread !== null) expect(spread).toBeGreaterThanOrEqual(0);
        }
        for (const disagreement of view.disagreements) expect(disagreement.difference).toBeGreaterThanOrEqual(2);
        expect(view.gaps.emptyStageIds.length === map.stages.length).toBe(view.contributionCount === 0);
      }),
    );
  });

  it('never lets a retracted contribution or a retraction show up', () => {
    fc.assert(
      fc.property(contributionSet, (contributions) => {
        const view = fold(map, contributions);
        const retracted = new Set(
          contributions
            .filter((c) => c.mapId === 'm1' && c.stageId !== 's9')
            .flatMap((c) => (c.retracts ? [c.retracts] : [])),
        );
        const retractions = new Set(contributions.filter((c) => c.retracts !== undefined).map((c) => c.id));
        const shown = view.stages.flatMap((stage) =>
          KINDS.flatMap((kind) => stage.items[kind].flatMap((item) => item.contributionIds)),
        );
        for (const id of shown) {
          expect(retracted.has(id)).toBe(false);
          expect(retractions.has(id)).toBe(false);
        }
      }),
    );
  });
});
