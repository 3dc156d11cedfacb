import { describe, expect, it } from 'vitest';
import { composeDigest, TOP_IMPROVEMENTS } from '../../src/digest/compose.ts';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution, JourneyMap } from '../../src/journey/model.ts';
import { contribution, testMap } from '../journey/fixtures.ts';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const LAST_DIGEST = '2026-11-16T07:00:00.000Z';
const LAST_WEEK = '2026-11-10T10:00:00.000Z';
const THIS_WEEK = '2026-11-20T10:00:00.000Z';

function digestOf(
  contributions: Contribution[],
  options: {
    map?: JourneyMap;
    lastDigestAt?: string | null;
    improvements?: readonly string[];
    unfinishedStakeholderIds?: string[];
  } = {},
) {
  const map = options.map ?? testMap();
  return composeDigest({
    map,
    view: fold(map, contributions),
    contributions,
    lastDigestAt: options.lastDigestAt === undefined ? LAST_DIGEST : options.lastDigestAt,
    improvements: options.improvements ?? [],
    now: NOW,
    unfinishedStakeholderIds: options.unfinishedStakeholderIds,
  });
}

function feeling(id: string, stageId: string, score: number): Contribution {
  return contribution(id, { stageId, kind: 'feeling', text: `${score}`, score, createdAt: LAST_WEEK });
}

describe('composeDigest', () => {
  it.each<[string, Contribution[], string | null, boolean]>([
    ['a new map with nothing yet', [], null, true],
    ['the first digest of a map with input', [contribution('c1', { createdAt: LAST_WEEK })], null, false],
    ['nothing since the last digest', [contribution('c1', { createdAt: LAST_WEEK })], LAST_DIGEST, true],
    ['something added this week', [contribution('c1', { createdAt: THIS_WEEK })], LAST_DIGEST, false],
    [
      'only something taken back this week',
      [contribution('c1', { createdAt: LAST_WEEK }), contribution('r1', { createdAt: THIS_WEEK, retracts: 'c1' })],
      LAST_DIGEST,
      false,
    ],
    [
      'added and undone this week',
      [contribution('c1', { createdAt: THIS_WEEK }), contribution('r1', { createdAt: THIS_WEEK, retracts: 'c1' })],
      LAST_DIGEST,
      true,
    ],
    [
      'stamped after now by a clock running ahead: next week’s news',
      [contribution('c1', { createdAt: '2026-11-23T07:00:01.000Z' })],
      LAST_DIGEST,
      true,
    ],
  ])('quiet when %s: %s', (_label, contributions, lastDigestAt, quiet) => {
    const digest = digestOf(contributions, { lastDigestAt });
    expect(digest.quiet).toBe(quiet);
    expect(digest.changes.addedCount === 0 && digest.changes.retractedCount === 0).toBe(quiet);
  });

  it('stamps the digest with now, so the next one starts where this one ends', () => {
    const digest = digestOf([contribution('c1', { createdAt: THIS_WEEK })]);
    expect(digest).toMatchObject({ mapId: 'm1', at: NOW.toISOString(), since: LAST_DIGEST });
    expect(digest.changes.stages[0]?.kinds[0]?.newExamples).toEqual(['website']);
  });

  it.each<[string, Contribution[], Array<number | null>, string | null]>([
    ['no scores', [], [null, null, null], null],
    ['one scored stage has nothing to dip from', [feeling('f1', 's2', 2)], [null, 2, null], null],
    ['all stages alike', [feeling('f1', 's1', 3), feeling('f2', 's2', 3), feeling('f3', 's3', 3)], [3, 3, 3], null],
    ['a dip in the middle', [feeling('f1', 's1', 4), feeling('f2', 's2', 2), feeling('f3', 's3', 5)], [4, 2, 5], 's2'],
    ['an unscored stage is no dip', [feeling('f1', 's1', 4), feeling('f3', 's3', 3)], [4, null, 3], 's3'],
    [
      'means, not single scores',
      [feeling('f1', 's1', 1), feeling('f2', 's1', 5), feeling('f3', 's2', 2), feeling('f4', 's2', 3)],
      [3, 2.5, null],
      's2',
    ],
    [
      'a tie goes to the earlier stage',
      [feeling('f1', 's1', 2), feeling('f2', 's2', 4), feeling('f3', 's3', 2)],
      [2, 4, 2],
      's1',
    ],
  ])('emotion curve: %s', (_label, contributions, means, lowestStageId) => {
    const digest = digestOf(contributions);
    expect(digest.curve.map((point) => point.mean)).toEqual(means);
    expect(digest.curve.map((point) => point.stageName)).toEqual(['Awareness', 'Consideration', 'Decision']);
    expect(digest.lowestStageId).toBe(lowestStageId);
  });

  it.each([
    [[], []],
    [['a'], ['a']],
    [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      ['a', 'b', 'c', 'd', 'e'],
      ['a', 'b', 'c'],
    ],
  ])(`keeps the top ${TOP_IMPROVEMENTS} of %j in order`, (improvements, expected) => {
    expect(digestOf([], { improvements }).improvements).toEqual(expected);
  });

  it('lists what is missing: empty stages, departments not heard from, stakeholders who have not answered', () => {
    const map = testMap({ stakeholderIds: ['U1', 'U2', 'U3', 'U4'] });
    const contributions = [
      contribution('c1', { authorId: 'U1', department: 'marketing', createdAt: LAST_WEEK }),
      contribution('c2', { authorId: 'U3', department: 'sales', stageId: 's3', createdAt: THIS_WEEK }),
    ];
    const digest = digestOf(contributions, { map, unfinishedStakeholderIds: ['U3', 'U9', 'U2'] });
    expect(digest.missing).toEqual({
      emptyStages: [{ id: 's2', name: 'Consideration' }],
      departments: ['support', 'product', 'finance', 'operations', 'hr'],
      // U2 and U4 said nothing; U3 did, but has not finished; U9 is no stakeholder of this map.
      stakeholderIds: ['U2', 'U3', 'U4'],
    });
  });

  it('without interview progress, only silent stakeholders are missing', () => {
    const map = testMap({ stakeholderIds: ['U1', 'U2'] });
    const digest = digestOf([contribution('c1', { authorId: 'U1', createdAt: LAST_WEEK })], { map });
    expect(digest.missing.stakeholderIds).toEqual(['U2']);
  });
});
