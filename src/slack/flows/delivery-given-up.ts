import type { PendingDelivery } from '../../store/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { directMessageChannel, personTranslator } from './users.ts';

/** The person a request came from, wherever its kind of payload names them. */
export function requesterOf(body: Record<string, unknown>): string | undefined {
  const user = body.user as { id?: unknown } | string | undefined;
  const event = body.event as { user?: unknown } | undefined;
  const candidates = [typeof user === 'object' ? user?.id : user, body.user_id, event?.user];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '');
}

/**
 * Slack's date token: each reader sees the time in their own time zone (a time is digits in every language).
 * The fallback, for clients that cannot render it, is UTC.
 */
function slackTime(ms: number): string {
  return `<!date^${Math.floor(ms / 1000)}^{time}|${new Date(ms).toISOString().slice(11, 16)} UTC>`;
}

/**
 * A request failed every run the outbox gave it: the person who asked hears so, in their language, instead of
 * silence. Nothing to say when no person sent it (an event about a channel).
 */
export async function deliveryGivenUp(
  deps: Deps,
  clientFor: (teamId: string) => Promise<SlackClient>,
  delivery: PendingDelivery,
): Promise<void> {
  const userId = requesterOf(delivery.body);
  if (!userId) return;
  try {
    const client = await clientFor(delivery.teamId);
    const t = await personTranslator(deps, client, { teamId: delivery.teamId, userId });
    await client.chat.postMessage({
      channel: await directMessageChannel(client, userId),
      text: t.t('common.errors.givenUp', { time: slackTime(delivery.receivedAt) }),
    });
  } catch (err) {
    deps.log.warn({ err, deliveryId: delivery.deliveryId }, 'could not tell the person a request was given up');
  }
}
