import { monotonicFactory } from 'ulid';
import {
  type Contribution,
  DEFAULT_STAGE_NAMES,
  type Department,
  type JourneyMap,
  type Kind,
  type Source,
} from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import type { MessageRef, ReplyRecord } from '../../src/threads/record.ts';

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

/** One thing said, in the order people write it: who, their team, the stage, what kind, the words, a feeling's score. */
export type Said = readonly [
  authorId: string,
  department: Department,
  stageId: string,
  kind: Kind,
  text: string,
  score?: number,
];

export interface ConversationOptions {
  /** When the first thing is said; each one after it comes a minute later. */
  startsAt: string;
  /** Ids are this prefix and a 4-digit count: c0001, c0002... */
  idPrefix?: string;
  source?: Source;
}

/** Contributions to `map` written like a real conversation: ids and times go up with each one. */
export function conversation(map: JourneyMap, { startsAt, idPrefix = 'c', source = 'thread' }: ConversationOptions) {
  const contributions: Contribution[] = [];
  const nextId = () => `${idPrefix}${String(contributions.length + 1).padStart(4, '0')}`;
  const add = (contribution: Contribution) => {
    contributions.push(contribution);
    return contribution;
  };
  const say = (...[authorId, department, stageId, kind, text, score]: Said): Contribution =>
    add(
      makeContribution(map, {
        id: nextId(),
        authorId,
        department,
        source,
        stageId,
        kind,
        text,
        ...(score === undefined ? {} : { score }),
        createdAt: new Date(Date.parse(startsAt) + contributions.length * 60_000).toISOString(),
      }),
    );
  /** Takes `taken` back: a contribution that retracts it, keeping its stage and kind. */
  const retract = (taken: Contribution): Contribution => add({ ...taken, id: nextId(), text: '', retracts: taken.id });
  return { contributions, say, retract };
}

/** A live reply record with no items: what the bot keeps of a person's reply in a map's thread. */
export function makeReplyRecord(ref: MessageRef, mapId: string, overrides: Partial<ReplyRecord> = {}): ReplyRecord {
  return { ...ref, mapId, authorId: 'UA', version: ref.ts, items: [], status: 'live', reacted: false, ...overrides };
}
