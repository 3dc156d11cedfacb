import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/journey/normalise.ts';
import { type Backend, openBackend } from '../../src/store/backend.ts';
import { keys } from '../../src/store/keys.ts';
import { MapRepository } from '../../src/store/repositories.ts';
import { backendCases } from '../support/backends.ts';
import { makeMap, uniqueTeamId } from '../support/factories.ts';

const cases = await backendCases();

/** `target` with each call of its methods counted under `prefix` + the method's name. */
function countingProxy<T extends object>(target: T, prefix: string, count: (name: string) => void): T {
  return new Proxy(target, {
    get: (object, name) => {
      const value = Reflect.get(object, name);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        count(`${prefix}${String(name)}`);
        return value.apply(object, args);
      };
    },
  });
}

/** The backend with a count of what crosses to the store, by operation. */
function counted(backend: Backend) {
  const calls = new Map<string, number>();
  const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
  const records = countingProxy(backend.records, 'records.', count);
  const commands = countingProxy(backend, '', count);
  const wrapped = new Proxy(commands, {
    get: (object, name) => (name === 'records' ? records : Reflect.get(object, name)),
  });
  return { backend: wrapped, calls, total: () => [...calls.values()].reduce((sum, n) => sum + n, 0) };
}

describe.each(cases)('finding a map by name on $name', ({ url, available }) => {
  let raw: Backend;

  beforeAll(async () => {
    if (available) raw = await openBackend(url());
  });
  afterAll(async () => {
    await raw?.close();
  });

  it.skipIf(!available)('takes one round trip whatever the number of maps, for a hit and for a miss', async () => {
    const teamId = uniqueTeamId();
    const maps = new MapRepository(raw);
    for (let i = 0; i < 30; i++) await maps.create(makeMap({ teamId, name: `Map number ${i}`, channelId: `C${i}` }));
    await maps.create(makeMap({ teamId, name: 'Νέοι πελάτες', channelId: 'C0GREEK' }));
    await maps.find(teamId, 'nothing at all'); // the first miss of a new process checks the index is complete
    const { backend, calls, total } = counted(raw);
    const found = await new MapRepository(backend).find(teamId, 'ΝΕΟΙ ΠΕΛΑΤΕΣ');
    expect(found?.name).toBe('Νέοι πελάτες');
    expect(total()).toBe(2); // the index lookup, then the map itself
    calls.clear();
    const indexed = new MapRepository(backend);
    await indexed.find(teamId, 'Not there'); // a process looks up once that the index is complete
    calls.clear();
    expect(await indexed.find(teamId, 'No such map')).toBeUndefined();
    expect(total()).toBe(1);
    expect(calls.get('readLog') ?? 0).toBe(0);
  });

  it.skipIf(!available)('indexes a workspace whose maps were stored before the index, once', async () => {
    const teamId = uniqueTeamId();
    const maps = new MapRepository(raw);
    const old = makeMap({ teamId, name: 'Old shoppers', channelId: 'C0OLD' });
    await maps.create(old);
    // As a map stored before the index existed: no name record, no mark that the team was indexed.
    await raw.records.delete(keys.mapByName(teamId, normaliseText('Old shoppers')));
    const fresh = new MapRepository(raw);
    expect((await fresh.find(teamId, 'old SHOPPERS'))?.id).toBe(old.id);
    expect(await raw.records.get(keys.mapByName(teamId, normaliseText('Old shoppers')))).toBe(old.id);
    const { backend, calls } = counted(raw);
    expect(await new MapRepository(backend).find(teamId, 'Never made')).toBeUndefined();
    expect(calls.get('readLog') ?? 0).toBe(0);
  });
});
