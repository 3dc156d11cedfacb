import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMentioned } from './app-mentioned.ts';
import { appUninstalled } from './app-uninstalled.ts';
import { channelMembershipChanged } from './channel-membership-changed.ts';
import { channelVisibilityChanged } from './channel-visibility-changed.ts';
import { directMessageReceived } from './direct-message-received.ts';
import { ignored } from './event-args.ts';
import { messageChanged } from './message-changed.ts';
import { messageDeleted } from './message-deleted.ts';
import { messageRoute } from './message-route.ts';
import { threadReplyReceived } from './thread-reply-received.ts';

export function register(app: App, deps: Deps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  const listeners = {
    'direct message': directMessageReceived(deps),
    'channel message': threadReplyReceived(deps),
    changed: messageChanged(deps),
    deleted: messageDeleted(deps),
    'visibility changed': channelVisibilityChanged(deps),
  };
  app.event('message', async (args) => {
    const routed = messageRoute(args.event);
    if (!routed) return;
    const { route, subtype } = routed;
    if (route === 'direct message subtype' || route === 'subtype not read') return ignored(deps, { subtype }, route);
    await listeners[route](args);
  });
  app.event('app_mention', appMentioned(deps));
  const uninstalled = appUninstalled(deps);
  app.event('app_uninstalled', uninstalled);
  app.event('tokens_revoked', uninstalled);
  const membershipChanged = channelMembershipChanged(deps);
  app.event('member_joined_channel', membershipChanged);
  app.event('member_left_channel', membershipChanged);
}
