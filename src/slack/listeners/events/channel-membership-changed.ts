import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { forgetAudience } from '../../flows/map-access.ts';

type Args = SlackEventMiddlewareArgs<'member_joined_channel' | 'member_left_channel'> & AllMiddlewareArgs;

const membershipSchema = z.object({ channel: z.string().min(1) });

/**
 * Someone joined or left a channel: who may see its map changed, so the next look asks Slack again instead of
 * trusting the cached members for up to a minute (someone removed from a private channel loses its map at once).
 */
export function channelMembershipChanged(deps: Deps) {
  return async ({ event, context }: Args): Promise<void> => {
    const parsed = membershipSchema.safeParse(event);
    if (!parsed.success || !context.teamId) return;
    forgetAudience(deps, context.teamId, parsed.data.channel);
  };
}
