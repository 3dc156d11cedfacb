import keyvTestSuite, { keyvIteratorTests } from '@keyv/test-suite';
import Keyv from 'keyv';
import * as vitest from 'vitest';
import { NodeSqliteStore } from '../../src/store/node-sqlite.ts';
import { tempSqliteUrl } from '../support/backends.ts';

/** keyv's own conformance suite for store adapters, run against the app's SQLite adapter on a fresh file. */
const tempFile = () => tempSqliteUrl().replace(/^sqlite:\/\//, '');
const store = () => new NodeSqliteStore(tempFile(), { busyTimeoutMs: 1_000 });

// The suite is typed against the vitest it was built with; it calls only describe, it and expect.
const runner = vitest as unknown as Parameters<typeof keyvTestSuite>[0];
keyvTestSuite(runner, Keyv, store);
keyvIteratorTests(runner, Keyv, store);

vitest.describe('the SQLite adapter', () => {
  vitest.it("keeps records as @keyv/sqlite did: the keyv table, one row a key, keyv's JSON as the value", async () => {
    const file = tempFile();
    const records = new Keyv({ store: new NodeSqliteStore(file, { busyTimeoutMs: 1_000 }), namespace: 'journey' });
    await records.set('map:T1:M1', { name: 'kept' });
    await records.disconnect();
    const raw = new NodeSqliteStore(file, { busyTimeoutMs: 1_000 });
    vitest
      .expect(await raw.query('SELECT key, value FROM keyv'))
      .toEqual([{ key: 'journey:map:T1:M1', value: '{"value":{"name":"kept"}}' }]);
    await raw.disconnect();
  });
});
