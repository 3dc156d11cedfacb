import { z } from 'zod';
import { markDeliveryFailed } from '../../delivery.ts';
import type { Deps } from '../../deps.ts';
import { handleDirectMessage } from '../../flows/interview-replies.ts';
import { ignored, type MessageArgs } from './event-args.ts';

const directMessageSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().default(''),
  ts: z.string().min(1),
  bot_id: z.string().optional(),
});

/** A person's DM to the bot answers their interview (the interview flow decides what it means). */
export function directMessageReceived(deps: Deps) {
  return async ({ event, body, context, client }: MessageArgs): Promise<void> => {
    const parsed = directMessageSchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'not from a person');
    const { channel, user, text, ts, bot_id: botId } = parsed.data;
    if (botId || user === context.botUserId) return ignored(deps, { channelId: channel }, 'from a bot');
    try {
      await handleDirectMessage(deps, client, { teamId, userId: user, channel, ts, text });
    } catch (err) {
      deps.log.error({ err, userId: user }, 'direct message failed');
      // Acknowledged, so not retried by Slack: the outbox runs it again (claims let a replay through).
      markDeliveryFailed();
    }
  };
}
