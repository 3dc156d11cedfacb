import { type Backend, openBackend } from './backend.ts';
import { createSealer } from './encryption.ts';
import { InstallationRepository } from './installations.ts';
import {
  ContributionRepository,
  MapRepository,
  MarkerRepository,
  PersonRepository,
  SessionRepository,
  type SessionSchema,
} from './repositories.ts';

export type { Backend } from './backend.ts';
export { SealedRecordError } from './encryption.ts';
export { type InstallationRef, InstallationRepository } from './installations.ts';
export {
  ContributionRepository,
  MapRepository,
  MarkerRepository,
  PersonRepository,
  SessionRepository,
} from './repositories.ts';

export interface Store<Session extends { mapId: string; teamId: string; userId: string }> {
  readonly kind: Backend['kind'];
  readonly maps: MapRepository;
  readonly contributions: ContributionRepository;
  readonly people: PersonRepository;
  readonly sessions: SessionRepository<Session>;
  readonly markers: MarkerRepository;
  /** Workspaces that installed the app (OAuth install only: it needs the key their tokens are sealed with). */
  readonly installations?: InstallationRepository;
  /** Resolves when the backend answers; used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStore<Session extends { mapId: string; teamId: string; userId: string }>(
  url: string,
  sessionSchema: SessionSchema<Session>,
  options: { installationKey?: string } = {},
): Promise<Store<Session>> {
  const backend = await openBackend(url);
  await backend.ping();
  const installations = options.installationKey
    ? new InstallationRepository(backend, await createSealer(options.installationKey))
    : undefined;
  return {
    kind: backend.kind,
    maps: new MapRepository(backend),
    contributions: new ContributionRepository(backend),
    people: new PersonRepository(backend),
    sessions: new SessionRepository(backend, sessionSchema),
    markers: new MarkerRepository(backend),
    installations,
    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}
