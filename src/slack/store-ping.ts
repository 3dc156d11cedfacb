import { DomainError } from '../errors.ts';
import type { Deps } from './deps.ts';

/**
 * The store's ping, given up on after `limitMs` with the error the store itself raises when a command times out,
 * so callers treat both alike. Nothing is shared between calls: the first ping after the store comes back
 * succeeds even if an earlier one never settles.
 */
export async function pingWithin(store: Deps['store'], limitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new DomainError('store_unavailable', `store ping took longer than ${limitMs} ms`)),
      limitMs,
    );
  });
  try {
    await Promise.race([store.ping(), tooSlow]);
  } finally {
    clearTimeout(timer);
  }
}
