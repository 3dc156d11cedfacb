import { DomainError, isDomainError } from '../errors.ts';

/** How long one store command may take before its caller is told the store is unavailable. */
export const STORE_TIMEOUT_MS = 2_000;

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
