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

/** The Home tab the app published for the person, as text, once it is there. */
async function homeTabText(userId: string) {
  await vi.waitFor(() => expect(h.fake.homeTab(userId)).toBeDefined());
  return readable(h.fake.homeTab(userId)!.view as { text: string; blocks: unknown[] });
}

describe('App Home', () => {
  it('shows a stakeholder their map with progress per stage and their unfinished interview', async () => {
    await h.slack.blockAction({ actionId: 'interview_start', value: map.id, userId: 'U0ANNA' });
    await vi.waitFor(async () => expect(await h.deps.store.sessions.get(map.teamId, map.id, 'U0ANNA')).toBeDefined());
    expect((await openHome('U0ANNA')).status).toBe(200);
    const home = await homeTabText('U0ANNA');
    const shown = ['Your unfinished interviews', '*Home map*  0 of 5 stages done', 'Resume', 'Awareness (0)'];
    for (const part of [...shown, "you're a stakeholder", 'New map']) expect(home).toContain(part);
  });

  it('tells someone with no maps how to start one', async () => {
    await openHome('U0NOBODY');
    const home = await homeTabText('U0NOBODY');
    expect(home).toContain('No maps yet');
    expect(home).not.toContain('Your unfinished interviews');
  });

  it('opens the new-map modal from the Home button', async () => {
    await h.slack.blockAction({ actionId: 'map_new_open', value: 'new', userId: 'U0NOBODY' });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').at(-1)?.ok).toBe(true));
    expect(JSON.stringify(h.fake.lastCall('views.open')!.args.view)).toContain('"callback_id":"map_new"');
  });
});
