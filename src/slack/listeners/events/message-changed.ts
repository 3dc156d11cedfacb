import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { isStatusRequest, withoutMention } from '../../flows/thread-mentions.ts';
import { claimDelivery, loadReplyRecord } from '../../flows/thread-record.ts';
import { takeReply } from '../../flows/thread-replies.ts';
import { ignored, type MessageArgs } from './event-args.ts';

const changedSchema = z.object({
  channel: z.string().min(1),
  message: z.object({
    user: z.string().optional(),
    bot_id: z.string().optional(),
    subtype: z.string().optional(),
    text: z.string().default(''),
    ts: z.string().min(1),
    thread_ts: z.string().optional(),
    edited: z.object({ ts: z.string().min(1) }).optional(),
  }),
  previous_message: z.object({ text: z.string().default('') }).optional(),
});

/**
 * An edited reply under a map card is read again: what its earlier text added is taken back and the new text's
 * items are added. Slack also sends message_changed for unfurls and thread bookkeeping; only text edits count.
 */
export function messageChanged(deps: Deps) {
  return async ({ event, body, context, client }: MessageArgs): Promise<void> => {
    const parsed = changedSchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'unreadable change');
    const { channel, message, previous_message: before } = parsed.data;
    const fields = { channelId: channel, ts: message.ts };
    const author = message.user;
    if (!author || message.bot_id || message.subtype === 'bot_message' || author === context.botUserId) {
      return ignored(deps, fields, 'from a bot');
    }
    if (!message.edited || message.text === before?.text) return ignored(deps, fields, 'not a text edit');
    if (!message.thread_ts || message.thread_ts === message.ts) return ignored(deps, fields, 'not a thread reply');
    try {
      const map = await deps.store.maps.findByChannel(teamId, channel);
      if (!map?.cardTs || map.cardTs !== message.thread_ts || map.archivedAt) {
        return ignored(deps, fields, 'not a live map thread');
      }
      const ref = { teamId, channelId: channel, ts: message.ts };
      if (!(await claimDelivery(deps, 'edit', ref, message.edited.ts))) {
        deps.log.info(fields, 'thread edit already handled');
        return;
      }
      const previous = await loadReplyRecord(deps, ref);
      if (previous?.status === 'deleted') return ignored(deps, fields, 'reply deleted');
      if (!previous) {
        if (isStatusRequest(message.text, context.botUserId)) return ignored(deps, fields, 'asks the bot');
        // Read now as a new reply; a late delivery of the original text must not add that too.
        await claimDelivery(deps, 'message', ref);
      }
      await takeReply(
        deps,
        client,
        map,
        {
          ref,
          mapId: map.id,
          authorId: author,
          version: message.edited.ts,
          text: withoutMention(message.text, context.botUserId),
        },
        previous,
      );
    } catch (err) {
      deps.log.error({ err, ...fields }, 'thread edit failed');
    }
  };
}
