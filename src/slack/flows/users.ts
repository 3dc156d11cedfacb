import { isValidTimeZone } from '../../digest/schedule.ts';
import type { Deps, SlackClient } from '../deps.ts';

/** The person's IANA time zone from their Slack profile; UTC when Slack does not say. */
export async function ownerTimeZone(deps: Deps, client: SlackClient, userId: string): Promise<string> {
  try {
    const { user } = await client.users.info({ user: userId });
    return user?.tz && isValidTimeZone(user.tz) ? user.tz : 'UTC';
  } catch (err) {
    deps.log.warn({ err, userId }, 'time zone lookup failed');
    return 'UTC';
  }
}

/** Opens (or finds) the DM with a person and returns its channel id. */
export async function directMessageChannel(client: SlackClient, userId: string): Promise<string> {
  const { channel } = await client.conversations.open({ users: userId });
  if (!channel?.id) throw new Error('conversations.open returned no channel');
  return channel.id;
}
