import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import { NEW_MAP_FIELDS } from '../../src/slack/ids.ts';
import { newMapModal } from '../../src/slack/views/new-map-modal.ts';
import { validateView } from '../slack-fake/block-kit.ts';
import { useHarness } from '../support/app-harness.ts';
import { createMapThroughModal, newMapValues, OWNER, readable, TEAM } from '../support/journey-steps.ts';

const h = useHarness();

interface ModalUpdate {
  response_action: 'update';
  view: { private_metadata: string; blocks: { block_id?: string; element?: { options?: { value: string }[] } }[] };
}

function submit(form: { name: string; channel: string }, extra: Record<string, unknown> = {}, options = {}) {
  return h.slack.viewSubmission({
    callbackId: 'map_new',
    userId: OWNER,
    values: { ...newMapValues({ ...form, stakeholders: [] }), ...extra },
    privateMetadata: JSON.stringify({ channelId: form.channel }),
    ...options,
  });
}

const ticked = (mapId: string) => ({
  [NEW_MAP_FIELDS.takeover]: { value: { type: 'checkboxes', selected_options: [{ value: mapId }] } },
});
const unticked = { [NEW_MAP_FIELDS.takeover]: { value: { type: 'checkboxes', selected_options: [] } } };

describe('a new map for a channel that already has a live one', () => {
  it('asks in the form, changes nothing until the box is ticked, then archives the old map', async () => {
    const first = await createMapThroughModal(h, { name: 'First map', channel: 'C0BUSY', stakeholders: [] });

    const asked = await submit({ name: 'Second map', channel: 'C0BUSY' });
    const update = asked.body as ModalUpdate;
    expect(update.response_action).toBe('update');
    expect(validateView(update.view)).toEqual([]);
    const takeover = update.view.blocks.find((block) => block.block_id === NEW_MAP_FIELDS.takeover);
    expect(takeover?.element?.options?.map((option) => option.value)).toEqual([first.id]);
    expect(readable({ text: '', blocks: update.view.blocks })).toContain('Archive *First map*');
    expect(await h.deps.store.maps.find(TEAM, 'Second map')).toBeUndefined();
    expect((await h.deps.store.maps.findByChannel(TEAM, 'C0BUSY'))?.id).toBe(first.id);

    const metadata = { privateMetadata: update.view.private_metadata };
    const leftEmpty = await submit({ name: 'Second map', channel: 'C0BUSY' }, unticked, metadata);
    expect(leftEmpty.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(leftEmpty.body)).toContain('Tick the box below');
    expect(await h.deps.store.maps.find(TEAM, 'Second map')).toBeUndefined();

    const chosen = await submit({ name: 'Second map', channel: 'C0BUSY' }, ticked(first.id), metadata);
    expect(chosen.body).toBe('');
    const second = await vi.waitFor(async () => {
      const map = await h.deps.store.maps.find(TEAM, 'Second map');
      expect(map?.cardTs).toBeDefined();
      return map!;
    });
    expect((await h.deps.store.maps.findByChannel(TEAM, 'C0BUSY'))?.id).toBe(second.id);
    expect((await h.deps.store.maps.get(TEAM, first.id))?.archivedAt).toBeDefined();
    await vi.waitFor(() => {
      const card = h.fake.callsTo('chat.update').find((call) => call.args.ts === first.cardTs);
      expect(readable(card?.args as { text: string; blocks: unknown[] })).toContain('(archived)');
    });
  });

  it('lets the person pick another channel instead, leaving the first map as it was', async () => {
    const first = await createMapThroughModal(h, { name: 'Stays put', channel: 'C0KEEP', stakeholders: [] });
    const asked = (await submit({ name: 'Goes elsewhere', channel: 'C0KEEP' })).body as ModalUpdate;
    const moved = await submit({ name: 'Goes elsewhere', channel: 'C0ELSEWHERE' }, unticked, {
      privateMetadata: asked.view.private_metadata,
    });
    expect(moved.body).toBe('');
    await vi.waitFor(async () => expect(await h.deps.store.maps.findByChannel(TEAM, 'C0ELSEWHERE')).toBeDefined());
    expect((await h.deps.store.maps.get(TEAM, first.id))?.archivedAt).toBeUndefined();
    expect((await h.deps.store.maps.findByChannel(TEAM, 'C0KEEP'))?.id).toBe(first.id);
  });

  it("refuses someone who may not archive the channel's map, saying who can", async () => {
    const first = await createMapThroughModal(h, { name: 'Not yours', channel: 'C0OWNED', stakeholders: [] });
    const refused = await h.slack.viewSubmission({
      callbackId: 'map_new',
      userId: 'U0MALLORY',
      values: { ...newMapValues({ name: 'Squatter', channel: 'C0OWNED', stakeholders: [] }), ...ticked(first.id) },
      privateMetadata: JSON.stringify({ channelId: 'C0OWNED', offeredMapId: first.id }),
    });
    expect(refused.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(refused.body)).toContain('only its owner, <@U0OWNER>, or a workspace admin can archive it');
    expect((await h.deps.store.maps.get(TEAM, first.id))?.archivedAt).toBeUndefined();
    expect(await h.deps.store.maps.find(TEAM, 'Squatter')).toBeUndefined();
  });

  it('says a taken name first, before asking about the channel', async () => {
    await createMapThroughModal(h, { name: 'Taken name', channel: 'C0NAMED', stakeholders: [] });
    const reply = await submit({ name: 'TAKEN name', channel: 'C0NAMED' });
    expect(reply.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(reply.body)).toContain('already has a map with that name');
  });
});

describe('the takeover line', () => {
  it.each(LANGUAGES)('stays a valid option in %s whatever the old map is called (found by the fuzzer)', (language) => {
    const input = { name: '', channelId: 'C0BUSY', t: translator(language), language: undefined, locale: undefined };
    for (const mapName of ['Ω'.repeat(80), '&'.repeat(80), '网购新客'.repeat(20), '!']) {
      expect(validateView(newMapModal(input, { mapId: 'M1', mapName }))).toEqual([]);
    }
  });
});
