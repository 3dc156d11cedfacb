import { describe, expect, it } from 'vitest';
import { touchpointFor } from '../../src/insights/match.ts';
import type { MergedItem } from '../../src/journey/model.ts';
import { normaliseText } from '../../src/journey/normalise.ts';
import { family, ONLINE_CHECKOUT, TILL_QUEUE } from './family-fixtures.ts';

function touchpoint(text: string): MergedItem {
  return {
    key: normaliseText(text),
    text,
    kind: 'touchpoint',
    count: 1,
    contributorIds: ['U1'],
    departments: ['support'],
    contributionIds: ['C1'],
    firstAt: '2026-10-01T00:00:00.000Z',
    lastAt: '2026-10-01T00:00:00.000Z',
  };
}

const STAFF = family('staff_attitude', {}, ['shop floor*', 'counter*']);

describe('touchpointFor', () => {
  it.each([
    [
      'a touchpoint the obstacle names',
      ONLINE_CHECKOUT,
      'Hard to pay on the web site',
      ['Tills', 'Website'],
      'Website',
    ],
    ['a touchpoint the family is about', TILL_QUEUE, 'Queue at the tills', ['Instagram', 'Tills'], 'Tills'],
    ['none that fits', STAFF, 'Staff are unhelpful', ['Self-service kiosks'], null],
    [
      'a generic obstacle naming one',
      null,
      'The returns portal label will not print',
      ['Returns portal'],
      'Returns portal',
    ],
    ['a generic obstacle naming none', null, 'Labels will not print', ['Returns portal'], null],
  ])('%s', (_, family, obstacle, touchpoints, expected) => {
    expect(touchpointFor(obstacle, touchpoints.map(touchpoint), family)).toBe(expected);
  });
});
