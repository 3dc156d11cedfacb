import type { Deps } from '../deps.ts';
import { FRIENDLY } from '../views/notices.ts';

/**
 * The constant text a person sees when something failed: if the store does not answer, nothing was saved and a
 * retry in a minute will work; otherwise a plain apology. Never the error itself.
 */
export async function friendlyError(deps: Deps): Promise<string> {
  try {
    await deps.store.ping();
    return FRIENDLY.unexpected;
  } catch {
    return FRIENDLY.storeDown;
  }
}
