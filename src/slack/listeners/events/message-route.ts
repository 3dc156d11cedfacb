import { z } from 'zod';

/** Subtypes that are still a person writing: a reply also sent to the channel, a reply with a file. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);
/** Slack's notes that a channel was made private or public: who may see its map changed. */
const VISIBILITY_SUBTYPES = new Set(['channel_convert_to_private', 'channel_convert_to_public']);

const routingSchema = z.object({
  type: z.literal('message'),
  subtype: z.string().optional(),
  channel_type: z.string().optional(),
});

export type MessageRoute =
  | 'direct message'
  | 'direct message subtype'
  | 'channel message'
  | 'changed'
  | 'deleted'
  | 'visibility changed'
  | 'subtype not read';

/** Which listener a `message` event goes to (undefined: not a message event anyone can read). */
export function messageRoute(event: unknown): { route: MessageRoute; subtype?: string } | undefined {
  const routing = routingSchema.safeParse(event);
  if (!routing.success) return undefined;
  const { subtype, channel_type: channelType } = routing.data;
  const byPerson = subtype === undefined || PERSON_SUBTYPES.has(subtype);
  if (channelType === 'im') return { route: byPerson ? 'direct message' : 'direct message subtype', subtype };
  if (byPerson) return { route: 'channel message', subtype };
  if (subtype === 'message_changed') return { route: 'changed', subtype };
  if (subtype === 'message_deleted') return { route: 'deleted', subtype };
  if (subtype && VISIBILITY_SUBTYPES.has(subtype)) return { route: 'visibility changed', subtype };
  return { route: 'subtype not read', subtype };
}

/**
 * Whether the listener of an Events API delivery claims its event id itself: a person's message in a channel
 * claims the event and the message in one round trip, once it knows the message is a reply in a map's thread
 * (see thread-reply-received.ts), so the event dedupe leaves it alone.
 */
export function claimsItsOwnEvent(body: unknown): boolean {
  const event = (body as { event?: unknown } | null)?.event;
  return messageRoute(event)?.route === 'channel message';
}
