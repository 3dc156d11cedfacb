import type { Translator } from '../../i18n/index.ts';
import type { Deps } from '../deps.ts';

/**
 * The constant text a person sees when something failed: if the store does not answer, nothing was saved and a
 * retry in a minute will work; otherwise a plain apology. Never the error itself.
 */
export async function friendlyError(deps: Deps, t: Translator): Promise<string> {
  try {
    await deps.store.ping();
    return t.t('common.errors.unexpected');
  } catch {
    return t.t('common.errors.storeDown');
  }
}
