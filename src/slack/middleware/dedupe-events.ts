import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Deps } from '../deps.ts';

/** Slack retries for about an hour; a claim that outlives that is enough. */
const EVENT_CLAIM_TTL_MS = 2 * 60 * 60 * 1000;

/**
 * Slack redelivers an event it thinks was lost (X-Slack-Retry-Num), possibly to another instance; Bolt does
 * not dedupe. The first instance to claim the event_id in the shared store handles it; every other delivery
 * stops here. If the store cannot be reached the event is handled anyway: a rare double beats a silent loss,
 * and the listeners dedupe what they write by message ts.
 */
export function dedupeEvents(deps: Deps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') {
      await next();
      return;
    }
    let first = true;
    try {
      first = await deps.store.markers.claim(`event:${eventId}`, EVENT_CLAIM_TTL_MS);
    } catch (err) {
      deps.log.warn({ err, eventId }, 'event dedupe claim failed');
    }
    if (!first) {
      deps.log.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'duplicate event skipped',
      );
      return;
    }
    await next();
  };
}
