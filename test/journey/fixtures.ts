import type { Contribution, JourneyMap } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { makeContribution, makeMap } from '../support/factories.ts';

export function testMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return makeMap({
    id: 'm1',
    stages: createStages(['Awareness', 'Consideration', 'Decision']),
    stakeholderIds: [],
    ...overrides,
  });
}

const MAP = testMap();

/** A contribution to map m1, stage s1, with no department, and whatever the test cares about overridden. */
export function contribution(id: string, overrides: Partial<Contribution> = {}): Contribution {
  const { department: _, ...anonymous } = makeContribution(MAP, {
    id,
    authorId: 'U1',
    text: 'website',
    createdAt: '2026-01-02T10:00:00.000Z',
  });
  return { ...anonymous, ...overrides };
}
