import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { archivedMapNext } from '../../flows/archived-map.ts';
import { isStatusRequest, withoutMention } from '../../flows/thread-mentions.ts';
import { takeReply, tellPrivately } from '../../flows/thread-replies.ts';
import { mapArchivedNotice } from '../../views/thread-reply.ts';
import { ignored, type MessageArgs } from './event-args.ts';

const replySchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});

/** A person's reply under a map card becomes contributions; every other message is left alone. */
export function threadReplyReceived(deps: Deps) {
  return async ({ event, body, context, client }: MessageArgs): Promise<void> => {
    const parsed = replySchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'not from a person');
    const message = parsed.data;
    const fields = { channelId: message.channel, ts: message.ts };
    if (message.bot_id || message.user === context.botUserId) return ignored(deps, fields, 'from a bot');
    if (!message.thread_ts || message.thread_ts === message.ts) return ignored(deps, fields, 'not a thread reply');
    try {
      const map = await deps.store.maps.findByChannel(teamId, message.channel);
      if (!map?.cardTs || map.cardTs !== message.thread_ts) return ignored(deps, fields, 'not a map thread');
      if (isStatusRequest(message.text, context.botUserId)) return ignored(deps, fields, 'asks the bot');
      const ref = { teamId, channelId: message.channel, ts: message.ts };
      if (!(await deps.store.deliveryClaims.claimThread('message', ref))) {
        deps.log.info({ ...fields, retryNum: context.retryNum }, 'thread reply already handled');
        return;
      }
      if (map.archivedAt) {
        await tellPrivately(client, map, message.user, mapArchivedNotice(map, await archivedMapNext(deps, map)));
        return;
      }
      await takeReply(deps, client, map, {
        ref,
        mapId: map.id,
        authorId: message.user,
        version: message.ts,
        text: withoutMention(message.text, context.botUserId),
      });
    } catch (err) {
      deps.log.error({ err, ...fields }, 'thread reply failed');
    }
  };
}
