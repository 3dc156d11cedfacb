import { z } from 'zod';
import { isStatusRequest, withoutMention } from '../../../threads/mentions.ts';
import { claimUnlessReplay } from '../../delivery.ts';
import type { Deps } from '../../deps.ts';
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

type Change = z.infer<typeof changedSchema>;
type Edited = Change['message'] & { user: string; thread_ts: string; edited: { ts: string } };

/** Why an edit is none of the bot's business, or undefined when it is a person's edit of a thread reply's text. */
function whyIgnored({ message, previous_message: before }: Change, botUserId?: string): string | undefined {
  const author = message.user;
  if (!author || message.bot_id || message.subtype === 'bot_message' || author === botUserId) return 'from a bot';
  if (!message.edited || message.text === before?.text) return 'not a text edit';
  if (!message.thread_ts || message.thread_ts === message.ts) return 'not a thread reply';
  return undefined;
}

/** Reads the edited text again, once per edit, in place of what its earlier text added. */
async function rereadEdit(deps: Deps, args: MessageArgs, teamId: string, channel: string, message: Edited) {
  const fields = { channelId: channel, ts: message.ts };
  const { map, person } = await deps.store.replyContext.read(teamId, channel, message.user);
  if (!map?.cardTs || map.cardTs !== message.thread_ts || map.archivedAt) {
    return ignored(deps, fields, 'not a live map thread');
  }
  const ref = { teamId, channelId: channel, ts: message.ts };
  if (!(await claimUnlessReplay(() => deps.store.deliveryClaims.claimThread('edit', ref, message.edited.ts)))) {
    deps.log.info(fields, 'thread edit already handled');
    return;
  }
  const previous = await deps.store.replyRecords.get(ref);
  if (previous?.status === 'deleted') return ignored(deps, fields, 'reply deleted');
  const botUserId = args.context.botUserId;
  if (!previous) {
    if (isStatusRequest(message.text, botUserId)) return ignored(deps, fields, 'asks the bot');
    // Read now as a new reply; a late delivery of the original text must not add that too.
    await deps.store.deliveryClaims.claimThread('message', ref);
  }
  const text = withoutMention(message.text, botUserId);
  const reply = { ref, mapId: map.id, authorId: message.user, version: message.edited.ts, text };
  await takeReply(deps, args.client, map, reply, { previous, department: person?.department });
}

/**
 * An edited reply under a map card is read again: what its earlier text added is taken back and the new text's
 * items are added. Slack also sends message_changed for unfurls and thread bookkeeping; only text edits count.
 */
export function messageChanged(deps: Deps) {
  return async (args: MessageArgs): Promise<void> => {
    const parsed = changedSchema.safeParse(args.event);
    const teamId = args.context.teamId ?? args.body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'unreadable change');
    const { channel, message } = parsed.data;
    const fields = { channelId: channel, ts: message.ts };
    const reason = whyIgnored(parsed.data, args.context.botUserId);
    if (reason) return ignored(deps, fields, reason);
    try {
      // whyIgnored found the author, the thread and the edit.
      await rereadEdit(deps, args, teamId, channel, message as Edited);
    } catch (err) {
      deps.log.error({ err, ...fields }, 'thread edit failed');
    }
  };
}
