import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Deps } from '../deps.ts';

/**
 * Bolt acks an event before any middleware runs, so everything done for an event is a follow-up: it waits its
 * turn with the others (see follow-ups.ts) instead of delaying the acks of the requests arriving meanwhile.
 */
export function eventsAsFollowUps(deps: Deps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    if ((body as { type?: unknown }).type === 'event_callback') await deps.followUps.run(next);
    else await next();
  };
}
