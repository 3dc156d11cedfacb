import { describe, expect, it, vi } from 'vitest';
import { useHarness } from '../support/app-harness.ts';
import { typeInDm } from '../support/direct-messages.ts';
import {
  buttonValue,
  commandBody,
  createMapThroughModal,
  dms,
  lastDm,
  OWNER,
  readable,
  TEAM,
} from '../support/journey-steps.ts';
import { reply as threadReply } from './thread-harness.ts';

const h = useHarness();
const ANNA = 'U0ANNA';

/** Anna writes in her DM with the bot; resolves with the bot's answer. */
async function annaWrites(text: string): Promise<string> {
  const before = dms(h, ANNA).length;
  expect((await typeInDm(h, ANNA, text)).status).toBe(200);
  await vi.waitFor(() => expect(dms(h, ANNA)).toHaveLength(before + 1));
  return readable(lastDm(h, ANNA));
}

const command = (text: string, userId = OWNER, channelId = 'C0PILOT') => commandBody(h, text, userId, channelId);

describe('an archived map', () => {
  it('takes no answer from any door, says how it comes back, and takes them again once reopened', async () => {
    const map = await createMapThroughModal(h, { name: 'Pilot', channel: 'C0PILOT', stakeholders: [ANNA] });
    // The invitation follows the card: wait for it rather than race it.
    const mapId = await vi.waitFor(() => buttonValue(dms(h, ANNA)[0], 'interview_start'));
    await h.slack.blockAction({ actionId: 'interview_start', value: mapId, userId: ANNA });
    await vi.waitFor(() => expect(readable(lastDm(h, ANNA))).toContain('which team'));
    expect(await command('archive Pilot')).toContain('is archived');
    const contributions = (await h.deps.store.contributions.list(TEAM, map.id)).length;

    const dmAnswer = await annaWrites('sales');
    expect(dmAnswer).toContain('*Pilot* is archived, so it takes no new answers.');
    expect(dmAnswer).toContain('`/journey reopen Pilot`');

    const form = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: ANNA,
      values: { action: { value: { type: 'plain_text_input', value: 'Reads reviews' } } },
      privateMetadata: JSON.stringify({ mapId, stageIndex: 0 }),
    });
    expect(JSON.stringify(form.body)).toContain('is archived');

    await threadReply(h, map, ANNA, 'Obstacle: the price page times out');
    await vi.waitFor(() => expect(JSON.stringify(h.fake.ephemerals('C0PILOT').at(-1))).toContain('reopen Pilot'));
    expect(await h.deps.store.contributions.list(TEAM, map.id)).toHaveLength(contributions);

    expect(await command('reopen Pilot', ANNA)).toContain("Only the map's owner");
    expect(await command('reopen Pilot')).toContain('is open again');
    expect((await h.deps.store.maps.get(TEAM, map.id))?.archivedAt).toBeUndefined();
    expect(await annaWrites('sales')).toContain('Stage 1 of 5');
  });

  it('points to the live map that took its channel, and cannot be reopened over it', async () => {
    await createMapThroughModal(h, { name: 'Old survey', channel: 'C0SURVEY', stakeholders: [ANNA] });
    const invitation = await vi.waitFor(() => {
      const found = dms(h, ANNA).find((dm) => readable(dm).includes('Old survey'));
      expect(found).toBeDefined();
      return found!;
    });
    const oldId = buttonValue(invitation, 'interview_start');
    expect(await command('archive Old survey', OWNER, 'C0SURVEY')).toContain('is archived');
    await createMapThroughModal(h, { name: 'New survey', channel: 'C0SURVEY', stakeholders: [] });

    await h.slack.blockAction({ actionId: 'interview_start', value: oldId, userId: ANNA });
    await vi.waitFor(() => expect(readable(lastDm(h, ANNA))).toContain('<#C0SURVEY> now has *New survey*'));
    const refused = await command('reopen Old survey', OWNER, 'C0SURVEY');
    expect(refused).toContain('has another live map, *New survey*');
    expect((await h.deps.store.maps.find(TEAM, 'Old survey'))?.archivedAt).toBeDefined();
  });
});
