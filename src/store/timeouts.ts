import type { Backend, RecordStore } from './backend.ts';
import { STORE_TIMEOUT_MS, withDeadline } from './deadline.ts';
import type { OutboxStore } from './outbox-backend.ts';

/** A purge is many commands (a walk of the keyspace on Redis): one deadline for all of them would be too short. */
const PURGE_TIMEOUT_FACTOR = 30;

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
  const { close, records, outbox, ...commands } = backend;
  const msOf = (method: string) => (method === 'purgeTeam' ? ms * PURGE_TIMEOUT_FACTOR : ms);
  return {
    ...timed(commands, backend.kind, msOf),
    records: timed<RecordStore>(records, `${backend.kind}.records`, msOf),
    outbox: timed<OutboxStore>(outbox, `${backend.kind}.outbox`, msOf),
    close,
  };
}
