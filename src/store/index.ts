import { type Backend, openBackend } from './backend.ts';
import {
  DeliveryClaimRepository,
  DepartmentQuestionRepository,
  EventClaimRepository,
  InterviewLockRepository,
} from './claims.ts';
import { STORE_TIMEOUT_MS, withDeadline } from './deadline.ts';
import { createSealer } from './encryption.ts';
import { InstallationRepository } from './installations.ts';
import {
  ActiveInterviewRepository,
  DigestMarkRepository,
  InsightCacheRepository,
  NudgeMarkRepository,
  PersonLanguageRepository,
  ReminderRepository,
  SettleNoteRepository,
  SummaryMarkRepository,
} from './marks.ts';
import { OutboxRepository } from './outbox.ts';
import { ReplyContextReader } from './reply-context.ts';
import { ReplyRecordRepository } from './reply-records.ts';
import {
  ContributionRepository,
  MapRepository,
  PersonRepository,
  SessionRepository,
  type SessionSchema,
} from './repositories.ts';
import { withTimeouts } from './timeouts.ts';

export type { Backend } from './backend.ts';
export { STORE_TIMEOUT_MS } from './deadline.ts';
export { SealedRecordError } from './encryption.ts';
export { type InstallationRef, InstallationRepository } from './installations.ts';
export type { LastDigest, SummaryMark } from './marks.ts';
export type { DeliveryRef, PendingDelivery, TakenDelivery } from './outbox.ts';
export { UnreadableRecordError } from './text-records.ts';

/** Every repository of the store, each named for what it keeps; none takes a raw key. */
export interface Repositories<Session extends { mapId: string; teamId: string; userId: string }> {
  readonly maps: MapRepository;
  readonly contributions: ContributionRepository;
  readonly people: PersonRepository;
  readonly sessions: SessionRepository<Session>;
  readonly replyRecords: ReplyRecordRepository;
  /** The channel's map and the author of a message there, read together. */
  readonly replyContext: ReplyContextReader;
  readonly activeInterviews: ActiveInterviewRepository;
  readonly personLanguages: PersonLanguageRepository;
  readonly settleNotes: SettleNoteRepository;
  readonly summaryMarks: SummaryMarkRepository;
  readonly digestMarks: DigestMarkRepository;
  readonly nudgeMarks: NudgeMarkRepository;
  readonly reminders: ReminderRepository;
  readonly insightCache: InsightCacheRepository;
  readonly deliveryClaims: DeliveryClaimRepository;
  readonly eventClaims: EventClaimRepository;
  readonly departmentQuestions: DepartmentQuestionRepository;
  readonly interviewLocks: InterviewLockRepository;
  /** Requests acknowledged to Slack whose work is not done yet. */
  readonly outbox: OutboxRepository;
}

export interface Store<Session extends { mapId: string; teamId: string; userId: string }>
  extends Repositories<Session> {
  readonly kind: Backend['kind'];
  /** Workspaces that installed the app (OAuth install only: it needs the key their tokens are sealed with). */
  readonly installations?: InstallationRepository;
  /** Removes everything stored for a workspace (its installation too): what the app does when it is uninstalled. */
  purgeTeam(teamId: string): Promise<void>;
  /** Resolves when the backend answers; used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The default for CACHE_MEGABYTES: the busiest maps of several workspaces fit, and the process stays small. */
export const DEFAULT_CACHE_BYTES = 48 * 1024 * 1024;

export interface StoreOptions {
  installationKey?: string;
  /** How long one store command may take before it fails with `store_unavailable`. */
  timeoutMs?: number;
  /** How much memory the maps' parsed contributions may take in this process (estimated). */
  cacheBytes?: number;
  /** Sees every store command on its way to the backend: how a test counts the round trips of a use case. */
  observe?: (backend: Backend) => Backend;
}

function repositories<Session extends { mapId: string; teamId: string; userId: string }>(
  backend: Backend,
  sessionSchema: SessionSchema<Session>,
  cacheBytes: number,
): Repositories<Session> {
  return {
    maps: new MapRepository(backend),
    contributions: new ContributionRepository(backend, cacheBytes),
    people: new PersonRepository(backend),
    sessions: new SessionRepository(backend, sessionSchema),
    replyRecords: new ReplyRecordRepository(backend),
    replyContext: new ReplyContextReader(backend),
    activeInterviews: new ActiveInterviewRepository(backend),
    personLanguages: new PersonLanguageRepository(backend),
    settleNotes: new SettleNoteRepository(backend),
    summaryMarks: new SummaryMarkRepository(backend),
    digestMarks: new DigestMarkRepository(backend),
    nudgeMarks: new NudgeMarkRepository(backend),
    reminders: new ReminderRepository(backend),
    insightCache: new InsightCacheRepository(backend),
    deliveryClaims: new DeliveryClaimRepository(backend),
    eventClaims: new EventClaimRepository(backend),
    departmentQuestions: new DepartmentQuestionRepository(backend),
    interviewLocks: new InterviewLockRepository(backend),
    outbox: new OutboxRepository(backend),
  };
}

export async function openStore<Session extends { mapId: string; teamId: string; userId: string }>(
  url: string,
  sessionSchema: SessionSchema<Session>,
  {
    installationKey,
    timeoutMs = STORE_TIMEOUT_MS,
    cacheBytes = DEFAULT_CACHE_BYTES,
    observe = (backend) => backend,
  }: StoreOptions = {},
): Promise<Store<Session>> {
  const opened = await openBackend(url);
  const backend = observe(withTimeouts(opened, timeoutMs));
  try {
    await backend.ping();
  } catch (err) {
    await withDeadline('close', timeoutMs, opened.close()).catch(() => undefined);
    throw err;
  }
  const installations = installationKey
    ? new InstallationRepository(backend, await createSealer(installationKey))
    : undefined;
  const stored = repositories(backend, sessionSchema, cacheBytes);
  await stored.maps.adoptLegacyIndex();
  return {
    kind: backend.kind,
    ...stored,
    installations,
    purgeTeam: (teamId) => backend.purgeTeam(teamId),
    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}
