import { describe, expect, it } from 'vitest';
import { boundKey, isTeamKey, keys, MAX_KEY_BYTES } from '../../src/store/keys.ts';

const TEAM = 'T0ACME42';
const OTHER = 'T0GLOBEX7';

/** Arguments after the team id for every builder: a builder missing here fails the first test. */
const SAMPLE_ARGS: Record<keyof typeof keys, readonly (string | number)[]> = {
  map: ['M1'],
  channelMap: ['C1'],
  person: ['U1'],
  session: ['M1', 'U1'],
  teamInstallation: [],
  enterpriseInstallation: [],
  replyRecord: ['C1', '1700000000.000100'],
  activeInterview: ['U1'],
  personLanguage: ['U1'],
  settleNote: ['M1'],
  summaryMark: ['M1', 'S1'],
  reminderCount: ['M1', 'U1', '2026-11-02T09:00:00.000Z'],
  nudgedAt: ['M1', 'U1'],
  lastDigest: ['M1'],
  insight: ['summary:0123abcd'],
  mapByName: ['online shoppers'],
  namesIndexed: [],
  mapsLog: [],
  contributionsLog: ['M1'],
  sessionsOfUserLog: ['U1'],
  sessionsInMapLog: ['M1'],
  mapNameOwner: ['online shoppers'],
  interviewLock: ['M1', 'U1'],
  eventClaim: ['Ev0123'],
  directMessageClaim: ['D1', '1700000000.000100'],
  threadDeliveryClaim: ['edit', 'C1', '1700000000.000100', '1700000001.000100'],
  digestSlotClaim: ['M1', '2026-W45'],
  nudgeClaim: ['M1', 'U1', '2026-W45'],
  summaryClaim: ['M1', 'S1', 'none'],
  departmentQuestionClaim: ['U1'],
  reminderClaim: ['M1', 'U1', '2026-11-02T09:00:00.000Z', 1],
  outboxEntry: ['Ev0123'],
  outboxPrefix: [],
};

function build(name: keyof typeof keys, teamId: string): string {
  return (keys[name] as (...args: unknown[]) => string)(teamId, ...SAMPLE_ARGS[name]);
}

const builders = Object.keys(keys) as (keyof typeof keys)[];

describe('store keys', () => {
  it('has sample arguments for every key builder', () => {
    expect(Object.keys(SAMPLE_ARGS).sort()).toEqual([...builders].sort());
  });

  it.each(builders)('%s starts with its kind and the team id, and is no other team’s', (name) => {
    const key = build(name, TEAM);
    expect(key).toMatch(new RegExp(`^[a-z:-]+:${TEAM}(:|$)`));
    expect(isTeamKey(TEAM, key)).toBe(true);
    expect(isTeamKey(OTHER, key)).toBe(false);
  });

  it('gives every builder its own kind, so no two kinds of fact share a key', () => {
    const built = builders.map((name) => build(name, TEAM));
    expect(new Set(built).size).toBe(built.length);
  });

  it('refuses a team id that would hide whose key it is', () => {
    expect(() => keys.map('', 'M1')).toThrow('Invalid team id');
    expect(() => keys.map(`${TEAM}:M0`, 'M1')).toThrow('Invalid team id');
  });

  it('does not take a team id that only appears later in a key for the owner', () => {
    expect(isTeamKey(OTHER, keys.mapNameOwner(TEAM, OTHER))).toBe(false);
    expect(isTeamKey(OTHER, keys.summaryMark(TEAM, OTHER, OTHER))).toBe(false);
  });
});

describe('boundKey', () => {
  const greek = 'Ταξίδι πελάτη στην αγορά εισιτηρίων '.repeat(10).slice(0, 300);
  const chinese = '客户旅程购买门票体验'.repeat(30);

  it('leaves a key within the limit as it is', () => {
    expect(boundKey(keys.mapNameOwner(TEAM, 'online shoppers'))).toBe(`map-name-owner:${TEAM}:online shoppers`);
  });

  it.each([
    ['Greek', greek],
    ['Chinese', chinese],
  ])('bounds a key of a 300-character %s name, keeping kind, team and whole characters', (_, name) => {
    expect([...name]).toHaveLength(300);
    const key = keys.mapNameOwner(TEAM, name);
    expect(Buffer.byteLength(key)).toBeLessThanOrEqual(MAX_KEY_BYTES);
    expect(key.startsWith(`map-name-owner:${TEAM}:${name.slice(0, 10)}`)).toBe(true);
    expect(key).toMatch(/~[0-9a-f]{64}$/);
    expect(Buffer.from(key, 'utf8').toString('utf8')).toBe(key);
    expect(key).not.toContain('\uFFFD');
    expect(isTeamKey(TEAM, key)).toBe(true);
    expect(keys.mapNameOwner(TEAM, name)).toBe(key);
  });

  it('keeps two long keys with the same start distinct', () => {
    const first = keys.mapNameOwner(TEAM, `${chinese}甲`);
    const second = keys.mapNameOwner(TEAM, `${chinese}乙`);
    expect(first).not.toBe(second);
    expect(first.slice(0, -64)).toBe(second.slice(0, -64));
  });
});
