import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/journey/normalise.ts';
import { openBackend } from '../../src/store/backend.ts';
import { keys } from '../../src/store/keys.ts';
import { MapRepository } from '../../src/store/repositories.ts';
import { backendCases, useOpened } from '../support/backends.ts';
import { countingBackend } from '../support/counting-backend.ts';
import { makeMap, uniqueTeamId } from '../support/factories.ts';

const cases = await backendCases();

/** The names of the commands `counter` noted since it was last asked, and forgets them. */
const takeNames = (counter: ReturnType<typeof countingBackend>) => counter.take().map((command) => command.name);

describe.each(cases)('finding a map by name on $name', ({ url, available }) => {
  const raw = useOpened(available, () => openBackend(url()));

  it.skipIf(!available)('takes one round trip whatever the number of maps, for a hit and for a miss', async () => {
    const teamId = uniqueTeamId();
    const maps = new MapRepository(raw);
    for (let i = 0; i < 30; i++) await maps.create(makeMap({ teamId, name: `Map number ${i}`, channelId: `C${i}` }));
    await maps.create(makeMap({ teamId, name: 'Νέοι πελάτες', channelId: 'C0GREEK' }));
    await maps.find(teamId, 'nothing at all'); // the first miss of a new process checks the index is complete
    const counter = countingBackend(() => 'find');
    const backend = counter.observe(raw);
    const found = await new MapRepository(backend).find(teamId, 'ΝΕΟΙ ΠΕΛΑΤΕΣ');
    expect(found?.name).toBe('Νέοι πελάτες');
    expect(takeNames(counter)).toHaveLength(2); // the index lookup, then the map itself
    const indexed = new MapRepository(backend);
    await indexed.find(teamId, 'Not there'); // a process looks up once that the index is complete
    counter.take();
    expect(await indexed.find(teamId, 'No such map')).toBeUndefined();
    const missed = takeNames(counter);
    expect(missed).toHaveLength(1);
    expect(missed).not.toContain('readLog');
  });

  it.skipIf(!available)('indexes a workspace whose maps were stored before the index, once', async () => {
    const teamId = uniqueTeamId();
    const maps = new MapRepository(raw);
    const old = makeMap({ teamId, name: 'Old shoppers', channelId: 'C0OLD' });
    await maps.create(old);
    // As a map stored before the index existed: no name record, no mark that the team was indexed (creating a map
    // now looks its name up first, which indexes the team).
    await raw.records.delete(keys.mapByName(teamId, normaliseText('Old shoppers')));
    await raw.records.delete(keys.namesIndexed(teamId));
    const fresh = new MapRepository(raw);
    expect((await fresh.find(teamId, 'old SHOPPERS'))?.id).toBe(old.id);
    expect(await raw.records.get(keys.mapByName(teamId, normaliseText('Old shoppers')))).toBe(old.id);
    const counter = countingBackend(() => 'find');
    expect(await new MapRepository(counter.observe(raw)).find(teamId, 'Never made')).toBeUndefined();
    expect(takeNames(counter)).not.toContain('readLog');
  });
});
