import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import { isReplay } from '../delivery.ts';
import type { Deps } from '../deps.ts';
import { claimsItsOwnEvent } from '../listeners/events/message-route.ts';

/** Logged for every delivery of an event already taken, whoever took its claim. */
export function duplicateEventSkipped(
  deps: Deps,
  eventId: string,
  { retryNum, retryReason }: Pick<Context, 'retryNum' | 'retryReason'>,
): void {
  deps.log.info({ eventId, retryNum, retryReason }, 'duplicate event skipped');
}

/**
 * Slack redelivers an event it thinks was lost (X-Slack-Retry-Num), possibly to another instance; Bolt does
 * not dedupe. The first instance to claim the event_id in the shared store handles it; every other delivery
 * stops here. If the store cannot be reached, or the event names no workspace to keep the claim under, the event
 * is handled anyway: a rare double beats a silent loss, and the listeners dedupe what they write by message ts.
 * A person's channel message is claimed by its listener instead, with the message in the same round trip. A replay
 * from the outbox goes on: its first run took the claim.
 */
export function dedupeEvents(deps: Deps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const { event_id: eventId, team_id: bodyTeamId } = body as { event_id?: unknown; team_id?: unknown };
    const teamId = typeof bodyTeamId === 'string' ? bodyTeamId : (context.teamId ?? context.enterpriseId);
    if (typeof eventId !== 'string' || !teamId || claimsItsOwnEvent(body) || isReplay()) {
      await next();
      return;
    }
    let first = true;
    try {
      first = await deps.store.eventClaims.claim(teamId, eventId);
    } catch (err) {
      deps.log.warn({ err, eventId }, 'event dedupe claim failed');
    }
    if (!first) return duplicateEventSkipped(deps, eventId, context);
    await next();
  };
}
