import { AsyncLocalStorage } from 'node:async_hooks';
import { stableIdSeries } from '../journey/stable-ids.ts';

/** One request from Slack as the outbox knows it: the same on its first run and on every replay. */
export interface Delivery {
  teamId: string;
  /** The event's id, or a hash of the interaction: the same however often the request is run. */
  id: string;
  /** When the request first arrived (ms since the epoch). */
  receivedAt: number;
  /** True when run again from the outbox (the first run's process died or failed). */
  replay: boolean;
}

interface DeliveryScope {
  delivery: Delivery;
  /** Work the request started and does not wait for itself (a card refresh): its entry stays until that is done. */
  held: Set<Promise<unknown>>;
  failed: boolean;
}

/**
 * The request being worked on, wherever in its listeners the code is: passed implicitly because every listener,
 * flow and follow-up would otherwise have to carry it only for the few places that read it (ids, claims).
 */
const scopes = new AsyncLocalStorage<DeliveryScope>();

export function currentDelivery(): Delivery | undefined {
  return scopes.getStore()?.delivery;
}

/** True while a request runs again from the outbox: its first run may have taken claims meant to stop duplicates. */
export function isReplay(): boolean {
  return currentDelivery()?.replay === true;
}

/**
 * Contribution ids for the current request: the same ones on every replay, so a step stored before a crash is
 * not stored twice after it; after `lastId` (see stableIdSeries). Outside a request `fallback` gives fresh ones.
 */
export function requestIds(fallback: () => string, lastId?: string): () => string {
  const delivery = currentDelivery();
  if (!delivery) return fallback;
  return stableIdSeries(delivery.receivedAt, `delivery:${delivery.teamId}:${delivery.id}`, lastId);
}

/**
 * A "first delivery only" claim as the current request sees it: a replay is its own first run again, and that
 * run may have taken the claim before it died. The outbox's lease already keeps two runs of one request apart.
 */
export async function claimUnlessReplay(claim: () => Promise<boolean>): Promise<boolean> {
  return isReplay() || claim();
}

/** Counts `pending` as part of the current request's work, if there is one. */
export function holdDelivery(pending: Promise<unknown>): void {
  scopes.getStore()?.held.add(pending);
}

/** The current request failed in a way no listener handled: it is worth running again. */
export function markDeliveryFailed(): void {
  const scope = scopes.getStore();
  if (scope) scope.failed = true;
}

export interface DeliveryRun {
  /** Settles as `work` does. */
  worked: Promise<void>;
  /** Once `work` and everything it held have settled: whether anything failed unhandled. */
  settled: Promise<{ failed: boolean }>;
}

/** Runs `work` as `delivery`, and follows what it started. */
export function runAsDelivery(delivery: Delivery, work: () => Promise<void>): DeliveryRun {
  const scope: DeliveryScope = { delivery, held: new Set(), failed: false };
  const worked = scopes.run(scope, work);
  const settled = worked.then(
    () => settleHeld(scope),
    () => {
      scope.failed = true;
      return settleHeld(scope);
    },
  );
  return { worked, settled };
}

/** What is held may hold more in turn (a refresh that starts a summary): waits until nothing new appears. */
async function settleHeld(scope: DeliveryScope): Promise<{ failed: boolean }> {
  let waited = 0;
  while (scope.held.size > waited) {
    waited = scope.held.size;
    await Promise.allSettled([...scope.held]);
  }
  return { failed: scope.failed };
}
