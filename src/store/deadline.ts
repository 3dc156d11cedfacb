import { DomainError, isDomainError } from '../errors.ts';
import type { Backend, RecordStore } from './backend.ts';

/** How long one store command may take before its caller is told the store is unavailable. */
export const STORE_TIMEOUT_MS = 2_000;
/** A purge is many commands (a walk of the keyspace on Redis): one deadline for all of them would be too short. */
const PURGE_TIMEOUT_FACTOR = 30;

/**
 * `work`, or `store_unavailable` once `ms` have passed: a Redis or PostgreSQL that stopped answering queues
 * commands without failing them, and a caller waiting on one would hang its request. The command itself cannot be
 * cancelled; its late answer or error is ignored.
 */
export function withDeadline<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DomainError('store_unavailable', `store ${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Closes a connection, waiting at most STORE_TIMEOUT_MS: a graceful close waits for the answers to the commands in
 * flight, which a server that stopped answering never sends, and shutdown would hang. Past that, `abandon` drops
 * the connection (or does nothing, when the driver has no way to: the process is exiting anyway).
 */
export async function closeWithin(close: Promise<void>, abandon: () => Promise<void> | undefined): Promise<void> {
  try {
    await withDeadline('close', STORE_TIMEOUT_MS, close);
  } catch (err) {
    if (!isDomainError(err, 'store_unavailable')) throw err;
    await abandon();
  }
}

/** The same methods, each one failing with `store_unavailable` after `ms`. */
function timed<T extends object>(target: T, name: string, msOf: (method: string) => number): T {
  const wrapped = Object.entries(target).map(([method, value]) => [
    method,
    typeof value === 'function'
      ? (...args: unknown[]) => withDeadline(`${name}.${method}`, msOf(method), value.apply(target, args))
      : value,
  ]);
  return Object.fromEntries(wrapped) as T;
}

/**
 * The backend with a deadline on every command the repositories use, its records included. Closing is left
 * alone: shutdown must get to close the connection whatever state it is in.
 */
export function withTimeouts(backend: Backend, ms: number = STORE_TIMEOUT_MS): Backend {
  const { close, records, ...commands } = backend;
  const msOf = (method: string) => (method === 'purgeTeam' ? ms * PURGE_TIMEOUT_FACTOR : ms);
  return {
    ...timed(commands, backend.kind, msOf),
    records: timed<RecordStore>(records, `${backend.kind}.records`, msOf),
    close,
  };
}
