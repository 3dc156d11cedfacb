import { describe, expect, it } from 'vitest';
import { type InterviewSession, interviewSessionSchema } from '../../src/interview/index.ts';
import { openStore } from '../../src/store/index.ts';
import { backendCases, useOpened } from '../support/backends.ts';
import { countingBackend } from '../support/counting-backend.ts';
import { makeMap, newId, uniqueTeamId } from '../support/factories.ts';

const cases = await backendCases();

describe.each(cases)('the context of a reply on $name', ({ url, available }) => {
  const counter = countingBackend(() => 'read');
  const store = useOpened(available, () =>
    openStore<InterviewSession>(url(), interviewSessionSchema, { observe: counter.observe }),
  );

  const commandsOf = async (read: () => Promise<unknown>) => {
    counter.take();
    await read();
    return counter.take().map((command) => command.name);
  };

  it.skipIf(!available)('is one round trip once the channel is known, and always the map as stored', async () => {
    const map = makeMap({ teamId: uniqueTeamId(), channelId: `C${newId()}` });
    await store.maps.create(map);
    await store.people.save({ teamId: map.teamId, userId: 'UA', department: 'sales' });
    const read = () => store.replyContext.read(map.teamId, map.channelId, 'UA');
    expect(await commandsOf(read)).toEqual(['records.getMany', 'records.get']);
    const archivedAt = '2026-12-01T10:00:00.000Z';
    await store.maps.save({ ...map, archivedAt });
    expect(await commandsOf(read)).toEqual(['records.getMany']);
    const { map: found, person } = await read();
    expect(found).toMatchObject({ id: map.id, archivedAt });
    expect(person?.department).toBe('sales');
  });

  it.skipIf(!available)('validates a map once while its record is unchanged, and again once it changes', async () => {
    const map = makeMap({ teamId: uniqueTeamId(), channelId: `C${newId()}` });
    await store.maps.create(map);
    const read = async () => (await store.replyContext.read(map.teamId, map.channelId, 'UA')).map;
    const first = await read();
    expect(await read()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await store.maps.save({ ...map, name: 'Renamed' });
    const renamed = await read();
    expect(renamed).not.toBe(first);
    expect(renamed).toMatchObject({ id: map.id, name: 'Renamed' });
    expect(first?.name).toBe(map.name);
  });

  it.skipIf(!available)('follows the channel to another map, for one more read', async () => {
    const teamId = uniqueTeamId();
    const channelId = `C${newId()}`;
    const first = makeMap({ teamId, channelId, name: 'First' });
    await store.maps.create(first);
    expect((await store.replyContext.read(teamId, channelId, 'UA')).map?.id).toBe(first.id);
    // As another instance would: the channel now shows a new map.
    const second = makeMap({ teamId, channelId, name: 'Second' });
    await store.maps.create(second);
    const read = () => store.replyContext.read(teamId, channelId, 'UA');
    expect(await commandsOf(read)).toEqual(['records.getMany', 'records.get']);
    expect((await read()).map?.id).toBe(second.id);
    expect(await commandsOf(read)).toEqual(['records.getMany']);
  });

  it.skipIf(!available)('finds no map in a channel without one, and no department for a new person', async () => {
    const context = await store.replyContext.read(uniqueTeamId(), `C${newId()}`, 'UNEW');
    expect(context).toEqual({ person: undefined });
  });
});
