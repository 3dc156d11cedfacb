import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import { createMapThroughModal, readable } from '../support/journey-steps.ts';

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Home map', stakeholders: ['U0ANNA'] });
});

function openHome(userId: string) {
  return h.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
}

describe('App Home', () => {
  it('shows a stakeholder their map with progress per stage and their unfinished interview', async () => {
    await h.slack.blockAction({ actionId: 'interview_start', value: map.id, userId: 'U0ANNA' });
    await vi.waitFor(async () => expect(await h.deps.store.sessions.get(map.teamId, map.id, 'U0ANNA')).toBeDefined());
    expect((await openHome('U0ANNA')).status).toBe(200);
    await vi.waitFor(() => expect(h.fake.homeTab('U0ANNA')).toBeDefined());
    const home = readable(h.fake.homeTab('U0ANNA')!.view as { text: string; blocks: unknown[] });
    expect(home).toContain('Your unfinished interviews');
    expect(home).toContain('*Home map*  0 of 5 stages done');
    expect(home).toContain('Resume');
    expect(home).toContain('Awareness (0)');
    expect(home).toContain("you're a stakeholder");
    expect(home).toContain('New map');
  });

  it('tells someone with no maps how to start one', async () => {
    await openHome('U0NOBODY');
    await vi.waitFor(() => expect(h.fake.homeTab('U0NOBODY')).toBeDefined());
    const home = readable(h.fake.homeTab('U0NOBODY')!.view as { text: string; blocks: unknown[] });
    expect(home).toContain('No maps yet');
    expect(home).not.toContain('Your unfinished interviews');
  });

  it('opens the new-map modal from the Home button', async () => {
    await h.slack.blockAction({ actionId: 'map_new_open', value: 'new', userId: 'U0NOBODY' });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').at(-1)?.ok).toBe(true));
    expect(JSON.stringify(h.fake.lastCall('views.open')!.args.view)).toContain('"callback_id":"map_new"');
  });
});
