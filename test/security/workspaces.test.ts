import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { settle } from '../fuzz/invariants.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeMap } from '../support/factories.ts';
import { commandBody, createMapThroughModal, lastDm, OWNER, readable, TEAM } from '../support/journey-steps.ts';
import { watchStoreWrites } from './store-writes.ts';

const TEAM_B = 'T0OTHERCO';
/** A person of team A (the signed client's workspace) in a channel with no map, so no default map applies. */
const INTRUDER = 'U0MALLORY';
const NO_MAP_CHANNEL = 'C0NOMAP';

const h = useHarness();
let mapA: JourneyMap;
let mapB: JourneyMap;

beforeAll(async () => {
  mapA = await createMapThroughModal(h, { name: 'Team A map', stakeholders: ['U0ANNA'] });
  mapB = makeMap({
    teamId: TEAM_B,
    name: 'Team B secret',
    goal: 'Acquisition plans nobody outside B may read',
    ownerId: 'U0BOSS',
    stakeholderIds: [INTRUDER],
    channelId: 'C0BSECRET',
    cardTs: '1699999999.000100',
  });
  await h.deps.store.maps.create(mapB);
  await settle(h);
});

/** Nothing of team B reached anyone: not its name, its goal, its channel or its id, in any call or response. */
function expectNothingOfTeamBShown(): void {
  const shown = JSON.stringify([h.fake.calls, h.fake.responses]);
  for (const secret of [mapB.name, mapB.goal, mapB.channelId, mapB.id]) expect(shown).not.toContain(secret);
}

async function expectTeamBUntouched(): Promise<void> {
  expect(await h.deps.store.maps.get(TEAM_B, mapB.id)).toEqual(mapB);
  expect(await h.deps.store.contributions.list(TEAM_B, mapB.id)).toEqual([]);
  expect(await h.deps.store.sessions.listForMap(TEAM_B, mapB.id)).toEqual([]);
}

describe("a person of team A naming team B's map", () => {
  const commands = ['interview', 'summary', 'show', 'digest', 'archive', 'export {map} csv'];

  it.each(commands.flatMap((command) => [`${command} by id`, `${command} by name`]))(
    '/journey %s: not found, nothing changed',
    async (label) => {
      const [command = '', by] = label.split(' by ');
      const ref = by === 'id' ? mapB.id : mapB.name;
      const text = command.includes('{map}') ? command.replace('{map}', ref) : `${command} ${ref}`;
      const writes = watchStoreWrites(h);
      const reply = await h.slack.command(text, { userId: INTRUDER, channelId: NO_MAP_CHANNEL });
      expect(reply.status).toBe(200);
      expect(JSON.stringify(reply.body)).toContain("couldn't find a map called");
      await settle(h);
      expect(writes()).toEqual([]);
      await expectTeamBUntouched();
      expectNothingOfTeamBShown();
    },
  );

  it.each([
    ['interview_start', () => mapB.id],
    ['map_answer', () => mapB.id],
    ['interview_open_stage', () => `${mapB.id}|0`],
    ['interview_department:sales', () => `${mapB.id}|sales`],
    ['interview_skip_stage', () => `${mapB.id}|0`],
    ['interview_finish', () => mapB.id],
  ])('clicking %s with its id: told the map no longer exists, nothing changed', async (actionId, value) => {
    const writes = watchStoreWrites(h);
    const dmsBefore = h.fake.messages(dmChannelId(INTRUDER)).length;
    const reply = await h.slack.blockAction({ actionId, value: value(), userId: INTRUDER, channelId: NO_MAP_CHANNEL });
    expect(reply.status).toBe(200);
    await vi.waitFor(() => expect(h.fake.messages(dmChannelId(INTRUDER)).length).toBeGreaterThan(dmsBefore));
    expect(readable(lastDm(h, INTRUDER))).toContain('no longer exists');
    await settle(h);
    expect(writes()).toEqual([]);
    await expectTeamBUntouched();
    expectNothingOfTeamBShown();
  });

  it('submitting a stage form for it: the form says the map no longer exists, nothing stored', async () => {
    const reply = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: INTRUDER,
      values: {
        action: { value: { type: 'plain_text_input', value: 'Reads the secret plans' } },
        score: { value: { type: 'static_select', selected_option: { value: '3' } } },
      },
      privateMetadata: JSON.stringify({ mapId: mapB.id, stageIndex: 0 }),
    });
    expect(reply.body).toEqual({ response_action: 'errors', errors: { action: 'This map no longer exists.' } });
    await expectTeamBUntouched();
  });

  it("replying under its card in its channel: ignored, as that thread is no map's in team A", async () => {
    const reply = await h.slack.event({
      type: 'message',
      channel: mapB.channelId,
      channel_type: 'channel',
      user: INTRUDER,
      text: 'obstacle: planted by team A @decision',
      ts: '1700000002.000100',
      thread_ts: mapB.cardTs,
    });
    expect(reply.status).toBe(200);
    await settle(h);
    await expectTeamBUntouched();
    expectNothingOfTeamBShown();
  });

  it('listing maps shows team A its own maps only', async () => {
    expect(await commandBody(h, 'list', INTRUDER, NO_MAP_CHANNEL)).toContain(mapA.name);
    expectNothingOfTeamBShown();
  });
});

describe('archiving', () => {
  it.each([
    ['in the map channel', ''],
    ['by name', 'Team A map'],
    ['by id', () => mapA.id],
  ])('a non-owner is refused %s, and the map and its card stay as they were', async (_how, ref) => {
    const writes = watchStoreWrites(h);
    const updatesBefore = h.fake.callsTo('chat.update').length;
    const target = typeof ref === 'function' ? ref() : ref;
    expect(await commandBody(h, `archive ${target}`.trim(), INTRUDER)).toContain("Only the map's owner");
    await settle(h);
    expect(writes()).toEqual([]);
    expect((await h.deps.store.maps.get(TEAM, mapA.id))?.archivedAt).toBeUndefined();
    expect(h.fake.callsTo('chat.update').length).toBe(updatesBefore);
  });

  it('the owner still can', async () => {
    expect(await commandBody(h, 'archive Team A map', OWNER, NO_MAP_CHANNEL)).toContain('is archived');
    expect((await h.deps.store.maps.get(TEAM, mapA.id))?.archivedAt).toBeDefined();
  });
});
