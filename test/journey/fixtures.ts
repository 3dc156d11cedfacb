import type { Contribution, JourneyMap } from '../../src/journey/model.ts';

export function testMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return {
    id: 'm1',
    teamId: 'T1',
    name: 'Onboarding',
    goal: '',
    persona: { name: 'Small shop owner', description: '' },
    stages: [
      { id: 's1', name: 'Awareness' },
      { id: 's2', name: 'Consideration' },
      { id: 's3', name: 'Decision' },
    ],
    type: 'current_state',
    ownerId: 'U0',
    stakeholderIds: [],
    channelId: 'C1',
    digest: { weekday: 1, hour: 9, timeZone: 'Europe/Athens' },
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A contribution to map m1, stage s1, with whatever the test cares about overridden. */
export function contribution(id: string, overrides: Partial<Contribution> = {}): Contribution {
  return {
    id,
    mapId: 'm1',
    authorId: 'U1',
    source: 'thread',
    stageId: 's1',
    kind: 'touchpoint',
    text: 'website',
    createdAt: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}
