import { type DomainErrorCode, isDomainError } from '../../errors.ts';
import type { Translator } from '../../i18n/index.ts';
import type { Deps } from '../deps.ts';
import { pingWithin } from '../store-ping.ts';

/** How far down a chain of wrapped errors (`cause`) the store's own error is looked for. */
const MAX_CAUSES = 5;
/**
 * A healthy store answers a ping in milliseconds. The request already waited for the store once and Slack drops
 * an ack after 3 s, so the apology must not wait much longer for a hung one.
 */
const PING_MS = 500;

/**
 * The constant text a person sees when something failed; never the error itself. A store command that timed out
 * (`store_unavailable`) gets the storage-outage text without asking the store again: the store just failed to
 * answer in time, and the write behind it may still land, so that text promises nothing about what was saved.
 * For any other error the store is pinged: if it refuses, nothing was saved and a retry in a minute will work; if
 * it is too slow, the outage text again; if it answers, a plain apology.
 */
export async function friendlyError(deps: Deps, t: Translator, error?: unknown): Promise<string> {
  if (causedBy(error, 'store_unavailable')) return t.t('common.errors.storeUnreachable');
  try {
    await pingWithin(deps.store, PING_MS);
    return t.t('common.errors.unexpected');
  } catch (pingError) {
    return t.t(
      isDomainError(pingError, 'store_unavailable') ? 'common.errors.storeUnreachable' : 'common.errors.storeDown',
    );
  }
}

/** Flows may wrap the store's error in their own; its code still tells what happened. */
function causedBy(error: unknown, code: DomainErrorCode): boolean {
  let current = error;
  for (let depth = 0; depth <= MAX_CAUSES && current instanceof Error; depth += 1) {
    if (isDomainError(current, code)) return true;
    current = current.cause;
  }
  return false;
}
