import { describe, expect, it, vi } from 'vitest';
import { useHarness } from '../support/app-harness.ts';
import {
  CHANNEL,
  commandBody,
  createMapThroughModal,
  lastDm,
  OWNER,
  readable,
  TEAM,
} from '../support/journey-steps.ts';

const h = useHarness();

describe('/journey archive', () => {
  it('lets only the owner archive; the card drops its buttons and interviews stop taking answers', async () => {
    const map = await createMapThroughModal(h, { name: 'Old pilot' });
    expect(await commandBody(h, 'archive Old pilot', 'U0MALLORY')).toContain("Only the map's owner");
    expect((await h.deps.store.maps.get(TEAM, map.id))?.archivedAt).toBeUndefined();

    expect(await commandBody(h, 'archive')).toContain('is archived');
    expect((await h.deps.store.maps.get(TEAM, map.id))?.archivedAt).toBeDefined();
    await vi.waitFor(() => expect(h.fake.lastCall('chat.update')?.args.ts).toBe(map.cardTs));
    const card = readable(h.fake.lastCall('chat.update')!.args as { text: string; blocks: unknown[] });
    expect(card).toContain('(archived)');
    expect(card).not.toContain('Answer for my team');

    await h.slack.blockAction({ actionId: 'interview_start', value: map.id, userId: 'U0ANNA' });
    await vi.waitFor(() => expect(readable(lastDm(h, 'U0ANNA'))).toContain('is archived'));
    expect(await commandBody(h, 'archive Old pilot')).toContain('already archived');
  });

  it('cannot reach a map of another workspace by its id', async () => {
    const map = await createMapThroughModal(h, { name: 'Team A map' });
    expect(await commandBody(h, `archive ${map.id}`, OWNER, 'C0OTHER')).toContain('is archived');
    const foreignMap = { ...map, id: 'M0FOREIGN', teamId: 'T0OTHERTEAM', name: 'Team B secret' };
    await h.deps.store.maps.create(foreignMap);
    expect(await commandBody(h, 'archive M0FOREIGN')).toContain("couldn't find a map called");
    expect((await h.deps.store.maps.get('T0OTHERTEAM', 'M0FOREIGN'))?.archivedAt).toBeUndefined();
  });
});

describe('when the store goes away mid-run', () => {
  it('answers 503 on /healthz and tells people to try again in a minute', async () => {
    const healthy = await fetch(`${h.baseUrl}/healthz`);
    expect(healthy.status).toBe(200);
    await h.deps.store.close();
    const sick = await fetch(`${h.baseUrl}/healthz`);
    expect(sick.status).toBe(503);
    expect(await sick.json()).toMatchObject({ ok: false, error: 'store' });
    const reply = await h.slack.command('list', { userId: OWNER, channelId: CHANNEL });
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toContain("can't reach my storage right now");
  });
});
