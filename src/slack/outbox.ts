import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type App, AuthorizationError, type ReceiverEvent } from '@slack/bolt';
import type { PendingDelivery, TakenDelivery } from '../store/index.ts';
import { type Delivery, runAsDelivery } from './delivery.ts';
import type { Deps, SlackClient } from './deps.ts';
import { deliveryGivenUp } from './flows/delivery-given-up.ts';
import { duplicateEventSkipped } from './middleware/dedupe-events.ts';

/**
 * The durable outbox: every request Slack sends is written to the store before Bolt runs it (and so before its
 * ack), and removed once its work is done, follow-ups included. If the process dies in between, the entry's lease
 * runs out and an instance runs the request again through the same listeners (a replay); the listeners make a
 * replay write nothing twice (stable contribution ids, interview steps applied once) and send what should follow.
 */
export interface Outbox {
  /** Replays what is due now and then every tick; renews the leases of the requests in progress. */
  start(): void;
  stop(): void;
}

export interface OutboxSettings {
  /** How long an entry stays with the process working on it without a renewal. */
  leaseMs: number;
  /** A client for a workspace, for telling a person their request was given up on. */
  clientFor: (teamId: string) => Promise<SlackClient>;
  /** The pause before a failed request's second run; each later pause doubles. */
  firstRetryMs?: number;
}

/** Runs of one request (the first included) before it is given up on. */
export const MAX_RUNS = 5;
/** Entries one sweep takes: replays go through the same follow-up queue as new requests. */
const SWEEP_BATCH = 16;
const FIRST_RETRY_MS = 2_000;

/** The pause before run `runs + 1` of a request that failed: 2 s, 4 s, 8 s, 16 s by default. */
export function retryDelayMs(runs: number, firstRetryMs = FIRST_RETRY_MS): number {
  return firstRetryMs * 2 ** Math.max(0, runs - 1);
}

/** An Events API delivery could not be written down: Slack is told to send it again (it retries on a 5xx). */
export class OutboxUnavailableError extends Error {
  constructor(options?: ErrorOptions) {
    super('the outbox is unreachable: the event is left for Slack to retry', options);
    this.name = 'OutboxUnavailableError';
  }
}

/** Puts the outbox in front of Bolt: `bolt.processEvent` is what both receivers call for every request. */
export function journalRequests(bolt: App, deps: Deps, settings: OutboxSettings): Outbox {
  const run = bolt.processEvent.bind(bolt);
  const working = new Map<string, PendingDelivery>();
  const journal = { deps, settings, run, working };
  bolt.processEvent = (event) => firstRun(journal, event);
  let timer: NodeJS.Timeout | undefined;
  let sweeping = false;
  const tick = () => {
    void renewLeases(journal);
    if (sweeping) return;
    sweeping = true;
    void sweep(journal).finally(() => {
      sweeping = false;
    });
  };
  return {
    start() {
      tick();
      timer = setInterval(tick, Math.max(250, Math.floor(settings.leaseMs / 3)));
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}

interface Journal {
  deps: Deps;
  settings: OutboxSettings;
  run: App['processEvent'];
  /** The requests this process works on, by outbox key: their leases are renewed while they run. */
  working: Map<string, PendingDelivery>;
}

async function firstRun(journal: Journal, event: ReceiverEvent): Promise<void> {
  const { deps, settings } = journal;
  const pending = pendingDeliveryOf(event.body, Date.now());
  if (!pending) return journal.run(event);
  let added: boolean;
  try {
    added = await deps.store.outbox.add(pending, pending.receivedAt + settings.leaseMs);
  } catch (err) {
    // An event is left unacknowledged for Slack to send again; a person's click goes on, and its listener
    // tells them the storage is down.
    if (isEvent(event.body)) throw new OutboxUnavailableError({ cause: err });
    deps.log.warn({ err, deliveryId: pending.deliveryId }, 'outbox unreachable: request runs unrecorded');
    return journal.run(event);
  }
  if (!added) {
    // Slack sending an event again while its first delivery is still being worked on (or waits for its replay).
    duplicateEventSkipped(deps, pending.deliveryId, event);
    await event.ack();
    return;
  }
  return work(journal, pending, 0, event);
}

/** What a run showed about whether running it again could help. */
interface RunSeen {
  /** Slack was told the request is in hand (a replay's was, by its first run). */
  acknowledged: boolean;
  /** Bolt could not authorise the workspace (not installed, or uninstalled since): a retry will not change that. */
  unauthorised: boolean;
}

/** Runs one delivery (first run or replay) and settles its entry once all it started is done. */
function work(journal: Journal, pending: PendingDelivery, runs: number, event: ReceiverEvent): Promise<void> {
  const key = `${pending.teamId}:${pending.deliveryId}`;
  journal.working.set(key, pending);
  const replay = runs > 0;
  const seen: RunSeen = { acknowledged: replay, unauthorised: false };
  const ack: ReceiverEvent['ack'] = async (response) => {
    seen.acknowledged = true;
    return event.ack(response);
  };
  const delivery: Delivery = { teamId: pending.teamId, id: pending.deliveryId, receivedAt: pending.receivedAt, replay };
  const { worked, settled } = runAsDelivery(delivery, () =>
    journal.run({ ...event, ack }).catch((err: unknown) => {
      seen.unauthorised = err instanceof AuthorizationError;
      throw err;
    }),
  );
  const done = settled
    .then(({ failed }) => {
      // Out of the renewals first: a failed entry's next due time must not be renewed away.
      journal.working.delete(key);
      // A first run that failed before its ack was answered with an error: nothing was promised, so nothing is
      // kept (Slack sends an event again; a person tries again).
      return settle(journal, pending, runs + 1, failed && seen.acknowledged && !seen.unauthorised);
    })
    .catch((err: unknown) =>
      journal.deps.log.warn({ err, deliveryId: pending.deliveryId }, 'outbox entry not settled'),
    );
  journal.deps.followUps.track(done);
  return worked;
}

/**
 * Removing a finished entry is tried this many times, this far apart: a store that has just timed out refuses
 * commands for half a second (store/timeouts.ts), and an entry left behind runs the whole request again.
 */
const REMOVE_ATTEMPTS = 3;
const REMOVE_RETRY_MS = 600;

async function removeFinished(deps: Deps, pending: PendingDelivery): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.store.outbox.remove(pending);
    } catch (err) {
      if (attempt >= REMOVE_ATTEMPTS) throw err;
      await sleep(REMOVE_RETRY_MS);
    }
  }
}

/** Done: the entry goes. Failed: it is due again after a pause, or given up on after MAX_RUNS. */
async function settle(journal: Journal, pending: PendingDelivery, runs: number, failed: boolean): Promise<void> {
  const { deps } = journal;
  if (!failed) return removeFinished(deps, pending);
  if (runs < MAX_RUNS) {
    deps.log.warn({ deliveryId: pending.deliveryId, runs }, 'request failed: it will run again');
    return deps.store.outbox.renew([pending], Date.now() + retryDelayMs(runs, journal.settings.firstRetryMs));
  }
  await deps.store.outbox.bury(pending);
  deps.log.error({ deliveryId: pending.deliveryId, teamId: pending.teamId, runs }, 'request given up on');
  await deliveryGivenUp(deps, journal.settings.clientFor, pending);
}

async function renewLeases(journal: Journal): Promise<void> {
  if (journal.working.size === 0) return;
  try {
    await journal.deps.store.outbox.renew([...journal.working.values()], Date.now() + journal.settings.leaseMs);
  } catch (err) {
    journal.deps.log.warn({ err }, 'outbox leases not renewed');
  }
}

/** Takes what is due (requests whose process died, failed ones whose pause is over) and runs each again. */
async function sweep(journal: Journal): Promise<void> {
  const { deps, settings } = journal;
  try {
    const now = Date.now();
    const { due, unreadable } = await deps.store.outbox.takeDue(now, now + settings.leaseMs, SWEEP_BATCH);
    for (const key of unreadable) deps.log.error({ key }, 'outbox entry unreadable: set aside');
    await Promise.allSettled(due.map((taken) => replay(journal, taken)));
  } catch (err) {
    deps.log.warn({ err }, 'outbox sweep failed');
  }
}

/** A replay has no one waiting for its ack: Slack's answer went (or did not) with the process that died. */
function replay(journal: Journal, taken: TakenDelivery): Promise<void> {
  journal.deps.log.info({ deliveryId: taken.deliveryId, attempts: taken.attempts }, 'replaying request');
  const event: ReceiverEvent = { body: taken.body, ack: async () => undefined };
  return work(journal, taken, taken.attempts, event);
}

function isEvent(body: Record<string, unknown>): boolean {
  return body.type === 'event_callback';
}

/**
 * What the outbox keeps of a request, or undefined for one it does not keep (no workspace to file it under).
 * The legacy verification token is dropped: it is a secret and nothing reads it.
 */
export function pendingDeliveryOf(body: Record<string, unknown>, receivedAt: number): PendingDelivery | undefined {
  const teamId = teamOf(body);
  if (!teamId) return undefined;
  const { token: _token, ...kept } = body;
  const eventId = isEvent(body) && typeof body.event_id === 'string' ? body.event_id : undefined;
  // Slack sends an interaction once; its trigger_id and timestamps make its body unique.
  const deliveryId = eventId ?? createHash('sha256').update(JSON.stringify(kept)).digest('hex').slice(0, 32);
  return { teamId, deliveryId, receivedAt, body: kept };
}

/** The workspace a request comes from, wherever its kind of payload says it. */
function teamOf(body: Record<string, unknown>): string | undefined {
  const nested = (value: unknown) => (value as { id?: unknown } | null | undefined)?.id;
  const candidates = [
    body.team_id,
    nested(body.team),
    (body.user as { team_id?: unknown } | undefined)?.team_id,
    body.enterprise_id,
    nested(body.enterprise),
  ];
  const found = candidates.find((candidate) => typeof candidate === 'string' && /^[A-Z0-9]+$/i.test(candidate));
  return found as string | undefined;
}
