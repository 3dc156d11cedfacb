/**
 * The bot scopes the OAuth install asks for. They must equal manifest.yml's `oauth_config.scopes.bot`
 * (test/manifest.test.ts checks), so an app installed either way can do the same things.
 */
export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'channels:join',
  'channels:read',
  'chat:write',
  'commands',
  'files:write',
  'groups:history',
  'groups:read',
  'im:history',
  'im:write',
  'reactions:write',
  'users:read',
] as const;
