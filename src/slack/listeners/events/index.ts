import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMentioned } from './app-mentioned.ts';
import { appUninstalled } from './app-uninstalled.ts';
import { channelMembershipChanged } from './channel-membership-changed.ts';
import { directMessageReceived } from './direct-message-received.ts';
import { ignored } from './event-args.ts';
import { messageChanged } from './message-changed.ts';
import { messageDeleted } from './message-deleted.ts';
import { threadReplyReceived } from './thread-reply-received.ts';

/** Subtypes that are still a person writing: a reply also sent to the channel, a reply with a file. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

const routingSchema = z.object({ subtype: z.string().optional(), channel_type: z.string().optional() });

export function register(app: App, deps: Deps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  const replyReceived = threadReplyReceived(deps);
  const changed = messageChanged(deps);
  const deleted = messageDeleted(deps);
  const directMessage = directMessageReceived(deps);
  app.event('message', async (args) => {
    const routing = routingSchema.safeParse(args.event);
    if (!routing.success) return;
    const { subtype, channel_type: channelType } = routing.data;
    const byPerson = subtype === undefined || PERSON_SUBTYPES.has(subtype);
    if (channelType === 'im' && byPerson) {
      await directMessage(args);
    } else if (channelType === 'im') {
      ignored(deps, { subtype }, 'direct message subtype');
    } else if (byPerson) {
      await replyReceived(args);
    } else if (subtype === 'message_changed') {
      await changed(args);
    } else if (subtype === 'message_deleted') {
      await deleted(args);
    } else {
      ignored(deps, { subtype }, 'subtype not read');
    }
  });
  app.event('app_mention', appMentioned(deps));
  const uninstalled = appUninstalled(deps);
  app.event('app_uninstalled', uninstalled);
  app.event('tokens_revoked', uninstalled);
  const membershipChanged = channelMembershipChanged(deps);
  app.event('member_joined_channel', membershipChanged);
  app.event('member_left_channel', membershipChanged);
}
