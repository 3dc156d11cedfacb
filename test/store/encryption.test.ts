import { beforeAll, describe, expect, it } from 'vitest';
import { createSealer, SealedRecordError, type Sealer } from '../../src/store/encryption.ts';

const KEY = 'a-long-random-installation-key-0123456789';
const SECRET = '{"bot":{"token":"xoxb-secret-token"}}';

let sealer: Sealer;
let otherKey: Sealer;

beforeAll(async () => {
  [sealer, otherKey] = await Promise.all([createSealer(KEY), createSealer(`${KEY}-rotated`)]);
});

function flip(sealed: string, part: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('createSealer', () => {
  it('opens what it sealed, and never shows the plaintext', () => {
    const sealed = sealer.seal(SECRET, 'installation:team:T1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('xoxb');
    expect(sealer.open(sealed, 'installation:team:T1')).toBe(SECRET);
  });

  it('uses a fresh IV for every record', () => {
    const sealed = Array.from({ length: 50 }, () => sealer.seal(SECRET, 'k'));
    expect(new Set(sealed.map((record) => record.split('.')[1])).size).toBe(50);
  });

  it.each([
    ['another key', (sealed: string) => otherKey.open(sealed, 'k')],
    ['another record key (a copied record)', (sealed: string) => sealer.open(sealed, 'k2')],
    ['a changed ciphertext', (sealed: string) => sealer.open(flip(sealed, 3), 'k')],
    ['a changed IV', (sealed: string) => sealer.open(flip(sealed, 1), 'k')],
    ['a changed auth tag', (sealed: string) => sealer.open(flip(sealed, 2), 'k')],
    ['a shortened auth tag', (sealed: string) => sealer.open(sealed.replace(/\.([\w-]+)\.([\w-]+)$/, '.AAAA.$2'), 'k')],
    ['plain JSON', () => sealer.open(SECRET, 'k')],
    ['an unknown format', (sealed: string) => sealer.open(sealed.replace(/^v1/, 'v9'), 'k')],
  ])('refuses %s instead of returning garbage', (_what, open) => {
    const sealed = sealer.seal(SECRET, 'k');
    expect(() => open(sealed)).toThrow(SealedRecordError);
  });

  it('says why when the key is wrong, without the key', () => {
    const sealed = sealer.seal(SECRET, 'k');
    const error = (() => {
      try {
        otherKey.open(sealed, 'k');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/INSTALLATION_ENCRYPTION_KEY is not the key/);
    expect(error?.message).not.toContain(KEY);
  });
});
