import { z } from 'zod';
import { isStatusRequest, withoutMention } from '../../../threads/mentions.ts';
import type { MessageRef, ReplyRecord } from '../../../threads/record.ts';
import { isReplay, markDeliveryFailed } from '../../delivery.ts';
import type { Deps } from '../../deps.ts';
import { archivedMapNext } from '../../flows/archived-map.ts';
import { showReplyAgain, takeReply, tellPrivately } from '../../flows/thread-replies.ts';
import { duplicateEventSkipped } from '../../middleware/dedupe-events.ts';
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

/**
 * Only the first delivery goes on. The event dedupe leaves these events to this claim (message-route.ts), which
 * takes the event id and the message together, once the message is known to be input.
 */
async function firstDelivery(deps: Deps, ref: MessageRef, { body, context }: MessageArgs): Promise<boolean> {
  // A replay runs what its first run claimed (see claimUnlessReplay).
  if (isReplay()) return true;
  const claim = await deps.store.deliveryClaims.claimThreadMessage(ref, body.event_id);
  if (claim === 'retried') duplicateEventSkipped(deps, body.event_id, context);
  if (claim === 'handled') {
    deps.log.info({ channelId: ref.channelId, ts: ref.ts, retryNum: context.retryNum }, 'thread reply already handled');
  }
  return claim === 'first';
}

/**
 * On a replay, the record the first run saved once it had stored the reply's items and answered it, if it got
 * that far: the replay then shows that answer again instead of reading the reply a second time. A first run
 * finds none, so only a replay reads it.
 */
async function answeredBefore(deps: Deps, ref: MessageRef): Promise<ReplyRecord | undefined> {
  return isReplay() ? deps.store.replyRecords.get(ref) : undefined;
}

/** A person's reply under a map card becomes contributions; every other message is left alone. */
export function threadReplyReceived(deps: Deps) {
  return async (args: MessageArgs): Promise<void> => {
    const { event, body, context, client } = args;
    const parsed = replySchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'not from a person');
    const message = parsed.data;
    const fields = { channelId: message.channel, ts: message.ts };
    if (message.bot_id || message.user === context.botUserId) return ignored(deps, fields, 'from a bot');
    if (!message.thread_ts || message.thread_ts === message.ts) return ignored(deps, fields, 'not a thread reply');
    try {
      const { map, person } = await deps.store.replyContext.read(teamId, message.channel, message.user);
      if (!map?.cardTs || map.cardTs !== message.thread_ts) return ignored(deps, fields, 'not a map thread');
      if (isStatusRequest(message.text, context.botUserId)) return ignored(deps, fields, 'asks the bot');
      const ref = { teamId, channelId: message.channel, ts: message.ts };
      if (!(await firstDelivery(deps, ref, args))) return;
      if (map.archivedAt) {
        await tellPrivately(
          client,
          map,
          message.user,
          mapArchivedNotice(map, await archivedMapNext(deps, client, map, message.user)),
        );
        return;
      }
      const text = withoutMention(message.text, context.botUserId);
      const reply = { ref, mapId: map.id, authorId: message.user, version: message.ts, text };
      const answered = await answeredBefore(deps, ref);
      if (answered) return showReplyAgain(deps, client, map, answered, { department: person?.department });
      await takeReply(deps, client, map, reply, { department: person?.department });
    } catch (err) {
      deps.log.error({ err, ...fields }, 'thread reply failed');
      // Acknowledged, so not retried by Slack: the outbox runs it again (claims let a replay through).
      markDeliveryFailed();
    }
  };
}
