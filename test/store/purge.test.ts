import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JourneyMap } from '../../src/journey/model.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { backendCases } from '../support/backends.ts';
import { makeContribution, makeMap, makeReplyRecord, newId, uniqueTeamId } from '../support/factories.ts';
import { openRaw, type RawStore } from '../support/raw-store.ts';

const sessionSchema = z.object({ mapId: z.string(), teamId: z.string(), userId: z.string(), step: z.number() });
type TestSession = z.infer<typeof sessionSchema>;
type TestStore = Store<TestSession>;

const WHEN = '2026-11-02T09:00:00.000Z';
const cases = await backendCases();

function installationOf(teamId: string): Installation<'v2', false> {
  return {
    team: { id: teamId, name: 'Acme' },
    enterprise: undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token: 'xoxb-test', scopes: ['chat:write'], id: 'B0BOT', userId: 'U0BOT' },
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
}

/** One of everything the app stores for a workspace, through each repository. */
async function fillTeam(store: TestStore, teamId: string): Promise<JourneyMap> {
  const map = makeMap({ teamId, channelId: 'CMAP' });
  const ref = { teamId, channelId: 'CMAP', ts: '1700000000.000100' };
  await store.maps.create(map);
  await store.contributions.append(teamId, [makeContribution(map)]);
  await store.people.save({ teamId, userId: 'UA', department: 'sales' });
  await store.sessions.save({ teamId, mapId: map.id, userId: 'UA', step: 1 });
  await store.replyRecords.save(makeReplyRecord(ref, map.id));
  await store.activeInterviews.set(teamId, 'UA', map.id);
  await store.settleNotes.set(teamId, map.id, WHEN);
  await store.summaryMarks.save(teamId, map.id, 'S1', { at: WHEN, count: 1, everyone: false });
  await store.digestMarks.record(teamId, map.id, { slotKey: '2026-W45', at: WHEN });
  await store.nudgeMarks.record(teamId, map.id, 'UA', new Date(WHEN));
  await store.reminders.setCount(teamId, map.id, 'UA', WHEN, 1);
  await store.insightCache.set(teamId, 'summary:abc', '{}');
  await store.installations?.storeInstallation(installationOf(teamId));
  expect(await claimAll(store, map)).toEqual(Array(9).fill(true));
  return map;
}

/** Every claim the app makes for a workspace: true where this call got it. */
function claimAll(store: TestStore, { teamId, id: mapId }: JourneyMap): Promise<boolean[]> {
  const ref = { teamId, channelId: 'CMAP', ts: '1700000000.000100' };
  return Promise.all([
    store.eventClaims.claim(teamId, 'Ev1'),
    store.deliveryClaims.claimThread('message', ref),
    store.deliveryClaims.claimDirectMessage(ref),
    store.digestMarks.claim(teamId, mapId, '2026-W45'),
    store.nudgeMarks.claim(teamId, mapId, 'UA', '2026-W45'),
    store.summaryMarks.claim(teamId, mapId, 'S1', 'none', 60_000),
    store.departmentQuestions.claim(teamId, 'UA'),
    store.reminders.claim(teamId, mapId, 'UA', WHEN, 1),
    store.interviewLocks.withLock({ teamId, mapId, userId: 'UA' }, async () => true),
  ]);
}

/** What the repositories read back for a workspace. */
async function readTeam(store: TestStore, map: JourneyMap) {
  const { teamId, id: mapId } = map;
  return {
    map: await store.maps.get(teamId, mapId),
    maps: (await store.maps.list(teamId)).length,
    everywhere: (await store.maps.teamIds()).includes(teamId),
    byChannel: await store.maps.findByChannel(teamId, 'CMAP'),
    contributions: (await store.contributions.list(teamId, mapId)).length,
    person: await store.people.get(teamId, 'UA'),
    session: await store.sessions.get(teamId, mapId, 'UA'),
    sessions: (await store.sessions.listForUser(teamId, 'UA')).length,
    reply: await store.replyRecords.get({ teamId, channelId: 'CMAP', ts: '1700000000.000100' }),
    active: await store.activeInterviews.get(teamId, 'UA'),
    settle: await store.settleNotes.get(teamId, mapId),
    summary: (await store.summaryMarks.getEach(teamId, mapId, ['S1']))[0],
    digest: await store.digestMarks.getLast(teamId, mapId),
    nudged: await store.nudgeMarks.getLastAt(teamId, mapId, 'UA'),
    reminders: await store.reminders.getCount(teamId, mapId, 'UA', WHEN),
    insight: await store.insightCache.get(teamId, 'summary:abc'),
    installed: (await store.installations?.find({ teamId, isEnterpriseInstall: false })) !== undefined,
  };
}

describe.each(cases)('purging a team on $name', (backend) => {
  let store: TestStore;
  let raw: RawStore;

  beforeAll(async () => {
    if (!backend.available) return;
    const url = backend.url();
    store = await openStore(url, sessionSchema, { installationKey: 'installation-key-for-tests-0123456789abcdef' });
    raw = await openRaw(backend, url);
  });
  afterAll(async () => {
    await store?.close();
    await raw?.close();
  });

  it.skipIf(!backend.available)('removes every record, log and claim of the team and nothing of another', async () => {
    const [gone, kept] = [uniqueTeamId(), uniqueTeamId()];
    const [goneMap, keptMap] = [await fillTeam(store, gone), await fillTeam(store, kept)];
    const keptBefore = await readTeam(store, keptMap);
    expect(await raw.keysMentioning(gone)).not.toEqual([]);

    await store.purgeTeam(gone);

    expect(await raw.keysMentioning(gone)).toEqual([]);
    expect(await readTeam(store, goneMap)).toEqual({
      ...Object.fromEntries(Object.keys(keptBefore).map((field) => [field, undefined])),
      ...{ maps: 0, everywhere: false, contributions: 0, sessions: 0, reminders: 0, installed: false },
    });
    expect(await readTeam(store, keptMap)).toEqual(keptBefore);
    expect(await claimAll(store, goneMap)).toEqual(Array(9).fill(true));
    // The lock is the one claim given back after use.
    expect(await claimAll(store, keptMap)).toEqual([...Array(8).fill(false), true]);
    await store.maps.create({ ...goneMap, id: newId() });
  });

  it.skipIf(!backend.available)('matches a team id with LIKE wildcards in it literally', async () => {
    const base = uniqueTeamId();
    const [gone, lookalike] = [`${base}_1`, `${base}Q1`];
    const lookalikeMap = await fillTeam(store, lookalike);
    await fillTeam(store, gone);
    const before = await readTeam(store, lookalikeMap);

    await store.purgeTeam(gone);

    expect(await raw.keysMentioning(gone)).toEqual([]);
    expect(await readTeam(store, lookalikeMap)).toEqual(before);
  });

  it.skipIf(!backend.available)('is idempotent', async () => {
    const teamId = uniqueTeamId();
    await fillTeam(store, teamId);
    await store.purgeTeam(teamId);
    await store.purgeTeam(teamId);
    expect(await raw.keysMentioning(teamId)).toEqual([]);
  });
});
