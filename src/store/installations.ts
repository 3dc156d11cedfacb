import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Backend } from './backend.ts';
import { SealedRecordError, type Sealer } from './encryption.ts';
import { keys } from './keys.ts';

/** Which installation: an org-wide install is found by its enterprise, any other by its workspace. */
export interface InstallationRef {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

/**
 * Bolt's installation store, kept in the app's own store. Each installation is one record, written whole by
 * the OAuth flow (a reinstall replaces it), and sealed with AES-256-GCM: the store never holds a token or a
 * workspace name in clear, and the record's key is bound to its ciphertext, so a record copied under another
 * workspace's key does not open there.
 */
export class InstallationRepository implements InstallationStore {
  readonly #backend: Backend;
  readonly #sealer: Sealer;

  constructor(backend: Backend, sealer: Sealer) {
    this.#backend = backend;
    this.#sealer = sealer;
  }

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void> {
    const key = recordKey({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: Boolean(installation.isEnterpriseInstall),
    });
    await this.#backend.records.set(key, this.#sealer.seal(JSON.stringify(installation), key));
  }

  /** Bolt's authorize calls this for every request; a workspace that never installed the app is refused. */
  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const installation = await this.find(query);
    if (!installation) throw new Error(`Journey Bot is not installed in ${describe(query)}`);
    return installation;
  }

  async find(ref: InstallationRef): Promise<Installation | undefined> {
    const key = recordKey(ref);
    const sealed = await this.#backend.records.get(key);
    if (sealed === undefined) return undefined;
    if (typeof sealed !== 'string')
      throw new SealedRecordError(`installation of ${describe(ref)}: not a sealed record`);
    try {
      return JSON.parse(this.#sealer.open(sealed, key)) as Installation;
    } catch (err) {
      throw new SealedRecordError(`installation of ${describe(ref)}: ${(err as Error).message}`);
    }
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.#backend.records.delete(recordKey(query));
  }
}

/** The key is bound to the sealed record (see above), so these shapes can never change. */
function recordKey(ref: InstallationRef): string {
  if (ref.isEnterpriseInstall && ref.enterpriseId) return keys.enterpriseInstallation(ref.enterpriseId);
  if (ref.teamId) return keys.teamInstallation(ref.teamId);
  throw new Error('An installation needs a team id, or an enterprise id for an org-wide install');
}

function describe(ref: InstallationRef): string {
  return ref.isEnterpriseInstall && ref.enterpriseId ? `enterprise ${ref.enterpriseId}` : `team ${ref.teamId}`;
}
