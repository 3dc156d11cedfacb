import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * AES-256-GCM for secrets kept in the store (workspace installations and their tokens). Each record gets a
 * fresh 12-byte IV; the 16-byte auth tag is always checked, so a wrong key or an altered record fails
 * instead of decrypting to garbage.
 */
export interface Sealer {
  /** `context` is bound to the ciphertext: a record copied to another key will not open there. */
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export class SealedRecordError extends Error {
  override name = 'SealedRecordError';
}

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A fixed, app-specific salt: the key is one per deployment and must itself be long and random (the config
// asks for 32+ characters); scrypt still makes a weak one costly to guess.
const SALT = 'journey-bot/installations/v1';
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(secret: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, SALT, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Derives the AES key once (scrypt, ~170 ms at start-up), then seals and opens records synchronously (~11 µs). */
export async function createSealer(secret: string): Promise<Sealer> {
  const key = await deriveKey(secret);
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map(encode).join('.');
    },
    open(sealed, context) {
      const [format, iv, tag, ciphertext, ...extra] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || ciphertext === undefined || extra.length > 0) {
        throw new SealedRecordError('not a sealed record');
      }
      const ivBytes = Buffer.from(iv, 'base64url');
      const tagBytes = Buffer.from(tag, 'base64url');
      // GCM accepts shorter tags unless told otherwise, and a short tag is easier to forge.
      if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
        throw new SealedRecordError('not a sealed record');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tagBytes);
      try {
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new SealedRecordError(
          'cannot decrypt: INSTALLATION_ENCRYPTION_KEY is not the key this record was stored with, or the record was altered',
        );
      }
    },
  };
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
