import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { publishHome } from '../../flows/home.ts';
import { forgetAudience } from '../../flows/map-access.ts';

type Args = SlackEventMiddlewareArgs<'member_joined_channel' | 'member_left_channel'> & AllMiddlewareArgs;

const membershipSchema = z.object({ type: z.string(), channel: z.string().min(1), user: z.string().min(1) });

/**
 * Someone joined or left a channel: who may see its map changed, so the next look asks Slack again instead of
 * trusting the cached members for up to a minute (someone removed from a private channel loses its map at once).
 * Whoever left a channel with a map gets their App Home drawn again: Slack keeps showing the last one published,
 * which may name the map, its stages and how its customers feel, until they next open it.
 */
export function channelMembershipChanged(deps: Deps) {
  return async ({ event, context, client }: Args): Promise<void> => {
    const parsed = membershipSchema.safeParse(event);
    const teamId = context.teamId;
    if (!parsed.success || !teamId) return;
    const { type, channel, user } = parsed.data;
    forgetAudience(deps, teamId, channel);
    if (type !== 'member_left_channel') return;
    try {
      if (await deps.store.maps.findByChannel(teamId, channel)) await publishHome(deps, client, teamId, user);
    } catch (err) {
      deps.log.warn({ err, channelId: channel }, 'home not redrawn after leaving');
    }
  };
}
