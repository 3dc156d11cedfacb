import { DomainError } from '../errors.ts';
import type { Backend, RecordStore } from './backend.ts';
import { STORE_TIMEOUT_MS, withDeadline } from './deadline.ts';
import type { OutboxStore } from './outbox-backend.ts';

/** A purge is many commands (a walk of the keyspace on Redis): one deadline for all of them would be too short. */
const PURGE_TIMEOUT_FACTOR = 30;
/** While the store counts as unreachable, one command this often is let through to find out whether it is back. */
const PROBE_EVERY_MS = 500;

/**
 * Whether the store answers, as the last commands found. After a command times out, the next ones fail at once
 * instead of each waiting out the deadline: a request that meets the outage must still get its "I can't reach my
 * storage" within Slack's 3 s, and two 2 s waits in a row (its outbox record, then its own read) would pass that.
 * A command now and then is let through as a probe; the first that answers closes the outage.
 */
class Reachability {
  #unreachableSince: number | undefined;
  #lastProbe = 0;

  /** Undefined when the command may go; the error to fail it with when the store is known to be down. */
  refusal(what: string): DomainError | undefined {
    if (this.#unreachableSince === undefined) return undefined;
    const now = Date.now();
    if (now - this.#lastProbe >= PROBE_EVERY_MS) {
      this.#lastProbe = now;
      return undefined;
    }
    return new DomainError('store_unavailable', `store ${what} not sent: the store stopped answering`);
  }

  answered(): void {
    this.#unreachableSince = undefined;
  }

  timedOut(): void {
    this.#unreachableSince ??= Date.now();
    this.#lastProbe = Date.now();
  }
}

/** The same methods, each one failing with `store_unavailable` after `ms`, or at once while the store is down. */
function timed<T extends object>(target: T, name: string, msOf: (method: string) => number, state: Reachability): T {
  const wrapped = Object.entries(target).map(([method, value]) => [
    method,
    typeof value === 'function'
      ? async (...args: unknown[]) => {
          const what = `${name}.${method}`;
          const refused = state.refusal(what);
          if (refused) throw refused;
          try {
            const answer = await withDeadline(what, msOf(method), value.apply(target, args));
            state.answered();
            return answer;
          } catch (err) {
            if (err instanceof DomainError && err.code === 'store_unavailable') state.timedOut();
            else state.answered();
            throw err;
          }
        }
      : value,
  ]);
  return Object.fromEntries(wrapped) as T;
}

/**
 * The backend with a deadline on every command the repositories use, its records and outbox included. Closing is
 * left alone: shutdown must get to close the connection whatever state it is in.
 */
export function withTimeouts(backend: Backend, ms: number = STORE_TIMEOUT_MS): Backend {
  const { close, records, outbox, ...commands } = backend;
  const msOf = (method: string) => (method === 'purgeTeam' ? ms * PURGE_TIMEOUT_FACTOR : ms);
  const state = new Reachability();
  return {
    ...timed(commands, backend.kind, msOf, state),
    records: timed<RecordStore>(records, `${backend.kind}.records`, msOf, state),
    outbox: timed<OutboxStore>(outbox, `${backend.kind}.outbox`, msOf, state),
    close,
  };
}
