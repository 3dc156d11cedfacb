import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { forgetAudience } from '../../flows/map-access.ts';
import type { MessageArgs } from './event-args.ts';

const conversionSchema = z.object({ channel: z.string().min(1) });

/**
 * A channel was made private (or public): who may see its map changed for everyone at once, so the next look asks
 * Slack instead of trusting the audience this process cached for up to a minute.
 */
export function channelVisibilityChanged(deps: Deps) {
  return async ({ event, context, body }: MessageArgs): Promise<void> => {
    const parsed = conversionSchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return;
    forgetAudience(deps, teamId, parsed.data.channel);
    deps.log.info({ channelId: parsed.data.channel }, 'channel visibility changed');
  };
}
