import { monotonicFactory } from 'ulid';
import { type Contribution, DEFAULT_STAGE_NAMES, type JourneyMap } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';

export const newId = monotonicFactory();

export function uniqueTeamId(): string {
  return `T${newId()}`;
}

export function makeMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return {
    id: newId(),
    teamId: 'T1',
    name: 'Online shoppers',
    goal: 'Find why first-time buyers leave before paying',
    persona: { name: 'Maya', description: 'Busy parent buying online' },
    stages: createStages([...DEFAULT_STAGE_NAMES]),
    type: 'current_state',
    ownerId: 'UOWNER',
    stakeholderIds: ['UA', 'UB'],
    channelId: 'CMAP',
    digest: { weekday: 1, hour: 9, timeZone: 'UTC' },
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export function makeContribution(map: JourneyMap, overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: newId(),
    mapId: map.id,
    authorId: 'UA',
    department: 'marketing',
    source: 'thread',
    stageId: map.stages[0]!.id,
    kind: 'touchpoint',
    text: 'Pricing webinar',
    createdAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  };
}
