// Web API methods of the fake, answering as Slack does: { ok: true, ... } or { ok: false, error }.
import { validateBlocks, validateView } from './block-kit.ts';
import { dmChannelId, isChannelId, isUserId } from './ids.ts';
import { isTriggerExpired } from './signed-client.ts';
import {
  type FakeInstallation,
  type FakeMessage,
  type FakeTeam,
  type FakeUser,
  findMessage,
  type PostOptions,
  type StoredView,
  type Workspace,
} from './workspace.ts';

export type Args = Record<string, unknown>;
export type MethodResult =
  | ({ ok: true } & Record<string, unknown>)
  | { ok: false; error: string; response_metadata?: { messages: string[] } };

export interface MethodSpec {
  /** oauth.v2.access authenticates with the client id and secret, not a token. */
  needsToken: boolean;
  /** `token` is the caller's, already checked when the method needs one. */
  handle(args: Args, workspace: Workspace, token?: string): MethodResult;
}

/** chat.postMessage and chat.update refuse longer text with msg_too_long. */
const maxMessageText = 40_000;
const installerUserId = 'U0INSTALLER';

export function fail(error: string, messages?: string[]): MethodResult {
  return messages ? { ok: false, error, response_metadata: { messages } } : { ok: false, error };
}

function ok(data: Record<string, unknown> = {}): MethodResult {
  return { ok: true, ...data };
}

function arg(args: Args, key: string): string | undefined {
  const value = args[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function missing(args: Args, ...keys: string[]): MethodResult | undefined {
  const absent = keys.filter((key) => args[key] === undefined || args[key] === '');
  if (absent.length === 0) return undefined;
  return fail(
    'invalid_arguments',
    absent.map((key) => `[ERROR] missing required field: ${key}`),
  );
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

// ---- messages ----

type Resolved = { channel: string } | { error: MethodResult };

function resolveChannel(workspace: Workspace, channel: string | undefined): Resolved {
  if (channel === undefined) return { error: fail('channel_not_found') };
  // Posting to a user id posts into the bot's DM with that user.
  if (isUserId(channel)) return { channel: dmChannelId(channel) };
  if (!isChannelId(channel)) return { error: fail('channel_not_found') };
  if (workspace.channels.get(channel)?.is_member === false) return { error: fail('not_in_channel') };
  return { channel };
}

function checkContent(args: Args): MethodResult | undefined {
  const { text, blocks, attachments } = args;
  if (blocks !== undefined && !Array.isArray(blocks)) return fail('invalid_blocks_format');
  const hasText = typeof text === 'string' && text.length > 0;
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  const hasAttachments = Array.isArray(attachments) && attachments.length > 0;
  if (!hasText && !hasBlocks && !hasAttachments) return fail('no_text');
  if (typeof text === 'string' && Array.from(text).length > maxMessageText) return fail('msg_too_long');
  const issues = hasBlocks ? validateBlocks(blocks, 'message') : [];
  return issues.length > 0 ? fail('invalid_blocks', issues) : undefined;
}

function postOptions(args: Args): PostOptions {
  const keys = ['link_names', 'parse', 'unfurl_links', 'unfurl_media', 'reply_broadcast'] as const;
  return Object.fromEntries(keys.filter((key) => args[key] !== undefined).map((key) => [key, args[key]]));
}

function publicMessage(workspace: Workspace, message: FakeMessage): Record<string, unknown> {
  const { botUserId, botId, appId, teamId } = workspace.identity;
  const fromBot = message.user === botUserId;
  return {
    type: 'message',
    user: message.user,
    ...(fromBot ? { bot_id: botId, app_id: appId } : {}),
    team: teamId,
    text: message.text,
    ts: message.ts,
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.attachments ? { attachments: message.attachments } : {}),
    ...(message.edited ? { edited: message.edited } : {}),
  };
}

function postMessage(args: Args, workspace: Workspace): MethodResult {
  const target = resolveChannel(workspace, arg(args, 'channel'));
  if ('error' in target) return target.error;
  const invalid = checkContent(args);
  if (invalid) return invalid;
  const message: FakeMessage = {
    channel: target.channel,
    ts: workspace.nextTs(),
    user: workspace.identity.botUserId,
    text: arg(args, 'text') ?? '',
    options: postOptions(args),
    reactions: [],
  };
  const threadTs = arg(args, 'thread_ts');
  if (threadTs) message.thread_ts = threadTs;
  if (Array.isArray(args.blocks)) message.blocks = args.blocks;
  if (Array.isArray(args.attachments)) message.attachments = args.attachments;
  workspace.messages.push(message);
  return ok({ channel: message.channel, ts: message.ts, message: publicMessage(workspace, message) });
}

function postEphemeral(args: Args, workspace: Workspace): MethodResult {
  const target = resolveChannel(workspace, arg(args, 'channel'));
  if ('error' in target) return target.error;
  const user = arg(args, 'user');
  if (!user || !isUserId(user)) return fail('user_not_found');
  const invalid = checkContent(args);
  if (invalid) return invalid;
  const messageTs = workspace.nextTs();
  workspace.ephemerals.push({
    channel: target.channel,
    user,
    message_ts: messageTs,
    text: arg(args, 'text') ?? '',
    ...(arg(args, 'thread_ts') ? { thread_ts: arg(args, 'thread_ts') } : {}),
    ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
  });
  return ok({ message_ts: messageTs });
}

type Found = { message: FakeMessage } | { error: MethodResult };

function botMessage(workspace: Workspace, args: Args, tsKey: string, notYours: string): Found {
  const target = resolveChannel(workspace, arg(args, 'channel'));
  if ('error' in target) return target;
  const ts = arg(args, tsKey);
  const message = ts === undefined ? undefined : findMessage(workspace, target.channel, ts);
  if (!message) return { error: fail('message_not_found') };
  if (message.user !== workspace.identity.botUserId) return { error: fail(notYours) };
  return { message };
}

function updateMessage(args: Args, workspace: Workspace): MethodResult {
  const found = botMessage(workspace, args, 'ts', 'cant_update_message');
  if ('error' in found) return found.error;
  const invalid = checkContent(args);
  if (invalid) return invalid;
  const { message } = found;
  if (typeof args.text === 'string') message.text = args.text;
  if (Array.isArray(args.blocks)) message.blocks = args.blocks;
  if (Array.isArray(args.attachments)) message.attachments = args.attachments;
  message.options = { ...message.options, ...postOptions(args) };
  message.edited = { user: workspace.identity.botUserId, ts: workspace.nextTs() };
  return ok({
    channel: message.channel,
    ts: message.ts,
    text: message.text,
    message: publicMessage(workspace, message),
  });
}

function deleteMessage(args: Args, workspace: Workspace): MethodResult {
  const found = botMessage(workspace, args, 'ts', 'cant_delete_message');
  if ('error' in found) return found.error;
  workspace.messages.splice(workspace.messages.indexOf(found.message), 1);
  return ok({ channel: found.message.channel, ts: found.message.ts });
}

function getPermalink(args: Args, workspace: Workspace): MethodResult {
  const target = resolveChannel(workspace, arg(args, 'channel'));
  if ('error' in target) return target.error;
  const ts = arg(args, 'message_ts');
  const message = ts === undefined ? undefined : findMessage(workspace, target.channel, ts);
  if (!message) return fail('message_not_found');
  const base = `https://${workspace.identity.teamDomain}.slack.com/archives/${message.channel}/p${message.ts.replace('.', '')}`;
  const inThread = message.thread_ts && message.thread_ts !== message.ts;
  const permalink = inThread ? `${base}?thread_ts=${message.thread_ts}&cid=${message.channel}` : base;
  return ok({ channel: message.channel, permalink });
}

// ---- reactions ----

function reactionTarget(args: Args, workspace: Workspace): Found {
  const absent = missing(args, 'channel', 'timestamp', 'name');
  if (absent) return { error: absent };
  const target = resolveChannel(workspace, arg(args, 'channel'));
  if ('error' in target) return target;
  const message = findMessage(workspace, target.channel, String(arg(args, 'timestamp')));
  return message ? { message } : { error: fail('message_not_found') };
}

function addReaction(args: Args, workspace: Workspace): MethodResult {
  const found = reactionTarget(args, workspace);
  if ('error' in found) return found.error;
  const name = String(arg(args, 'name'));
  if (found.message.reactions.includes(name)) return fail('already_reacted');
  found.message.reactions.push(name);
  return ok();
}

function removeReaction(args: Args, workspace: Workspace): MethodResult {
  const found = reactionTarget(args, workspace);
  if ('error' in found) return found.error;
  const index = found.message.reactions.indexOf(String(arg(args, 'name')));
  if (index < 0) return fail('no_reaction');
  found.message.reactions.splice(index, 1);
  return ok();
}

// ---- conversations and users ----

function openConversation(args: Args): MethodResult {
  const channel = arg(args, 'channel');
  if (channel) return ok({ channel: { id: channel } });
  const users = (arg(args, 'users') ?? '').split(',').filter(Boolean);
  if (users.length === 0) return fail('users_list_not_supplied');
  if (!users.every(isUserId)) return fail('user_not_found');
  const [only] = users;
  const id =
    users.length === 1 && only
      ? dmChannelId(only)
      : `G${users
          .map((user) => user.slice(1))
          .sort()
          .join('')}`;
  return ok({ channel: { id } });
}

/** Like Slack: a bot can join a public channel; private channels and DMs need an invitation. */
function joinConversation(args: Args, workspace: Workspace): MethodResult {
  const id = arg(args, 'channel');
  if (!id || !isChannelId(id)) return fail('channel_not_found');
  const known = workspace.channels.get(id);
  if (id.startsWith('D') || id.startsWith('G') || known?.is_private)
    return fail('method_not_supported_for_channel_type');
  if (known) workspace.channels.set(id, { ...known, is_member: true });
  return ok({ channel: { id, name: known?.name ?? `channel-${id.toLowerCase()}`, is_member: true } });
}

function conversationInfo(args: Args, workspace: Workspace): MethodResult {
  const id = arg(args, 'channel');
  if (!id || !isChannelId(id)) return fail('channel_not_found');
  const known = workspace.channels.get(id);
  const isIm = id.startsWith('D');
  return ok({
    channel: {
      id,
      name: known?.name ?? (isIm ? id : `channel-${id.toLowerCase()}`),
      is_channel: !isIm && !known?.is_private,
      is_group: false,
      is_im: isIm,
      is_private: isIm || Boolean(known?.is_private),
      is_archived: false,
      is_member: known?.is_member ?? true,
      ...(isIm ? { user: `U${id.slice(1)}` } : {}),
    },
  });
}

/** Like Slack: pages of members by cursor; a private channel the bot is not in is channel_not_found. */
function conversationMembers(args: Args, workspace: Workspace): MethodResult {
  const id = arg(args, 'channel');
  const known = id ? workspace.channels.get(id) : undefined;
  if (!id || !isChannelId(id) || (known?.is_private && known.is_member === false)) return fail('channel_not_found');
  const members = known?.members ?? [];
  const limit = Math.min(Number(arg(args, 'limit') ?? 100) || 100, 1000);
  const start = Number(arg(args, 'cursor') ?? 0) || 0;
  const next = start + limit < members.length ? String(start + limit) : '';
  return ok({ members: members.slice(start, start + limit), response_metadata: { next_cursor: next } });
}

/** Users a test did not set up still exist, in UTC with no status, so tests need only declare the ones they care about. */
function userFor(workspace: Workspace, id: string): FakeUser {
  return (
    workspace.users.get(id) ?? {
      tz: 'UTC',
      real_name: id,
      profile: { status_text: '', status_emoji: '', status_expiration: 0 },
    }
  );
}

function userInfo(args: Args, workspace: Workspace): MethodResult {
  const id = arg(args, 'user');
  if (!id || !isUserId(id)) return fail('user_not_found');
  const user = userFor(workspace, id);
  const now = new Date();
  return ok({
    user: {
      id,
      team_id: workspace.identity.teamId,
      name: id.toLowerCase(),
      real_name: user.real_name,
      deleted: false,
      is_admin: user.is_admin === true,
      is_owner: false,
      is_bot: id === workspace.identity.botUserId,
      tz: user.tz,
      tz_label: timeZoneName(user.tz, now),
      tz_offset: timeZoneOffsetSeconds(user.tz, now),
      ...(args.include_locale === true || args.include_locale === 'true' ? { locale: user.locale ?? 'en-US' } : {}),
      profile: { real_name: user.real_name, display_name: user.real_name, ...user.profile },
    },
  });
}

function timeZoneName(timeZone: string, at: Date): string {
  return zonePart(timeZone, at, 'long') ?? timeZone;
}

function timeZoneOffsetSeconds(timeZone: string, at: Date): number {
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zonePart(timeZone, at, 'longOffset') ?? '');
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60);
}

function zonePart(timeZone: string, at: Date, style: 'long' | 'longOffset'): string | undefined {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style });
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
}

// ---- views ----

function checkViewArg(view: unknown, type: 'modal' | 'home'): MethodResult | undefined {
  const issues = validateView(view);
  if (issues.length === 0 && record(view)?.type !== type)
    issues.push(`[ERROR] must be ${type} [json-pointer:/view/type]`);
  return issues.length > 0 ? fail('invalid_arguments', issues) : undefined;
}

function storeView(workspace: Workspace, view: Record<string, unknown>, existing?: StoredView): StoredView {
  const stored: StoredView = {
    id: existing?.id ?? workspace.nextId('V'),
    hash: `${Date.now()}.${workspace.nextId('H')}`,
    type: view.type === 'home' ? 'home' : 'modal',
    view,
    ...(existing?.user_id ? { user_id: existing.user_id } : {}),
  };
  workspace.views.set(stored.id, stored);
  return stored;
}

function viewPayload(workspace: Workspace, stored: StoredView): Record<string, unknown> {
  const { teamId, appId, botId } = workspace.identity;
  return {
    ...stored.view,
    id: stored.id,
    team_id: teamId,
    hash: stored.hash,
    state: { values: {} },
    root_view_id: stored.id,
    previous_view_id: null,
    app_id: appId,
    bot_id: botId,
  };
}

function openView(args: Args, workspace: Workspace): MethodResult {
  const absent = missing(args, 'trigger_id', 'view');
  if (absent) return absent;
  const trigger = String(args.trigger_id);
  // A trigger_id opens one view; Slack refuses a second use, and any use once it is more than 3 seconds old.
  if (workspace.usedTriggers.has(trigger)) return fail('exchanged_trigger_id');
  if (isTriggerExpired(trigger)) return fail('expired_trigger_id');
  const invalid = checkViewArg(args.view, 'modal');
  if (invalid) return invalid;
  workspace.usedTriggers.add(trigger);
  return ok({ view: viewPayload(workspace, storeView(workspace, record(args.view) ?? {})) });
}

function updateView(args: Args, workspace: Workspace): MethodResult {
  const viewId = arg(args, 'view_id');
  const externalId = arg(args, 'external_id');
  if (!viewId && !externalId)
    return fail('invalid_arguments', ['[ERROR] missing required field: view_id or external_id']);
  const absent = missing(args, 'view');
  if (absent) return absent;
  const existing = [...workspace.views.values()].find((stored) =>
    viewId ? stored.id === viewId : stored.view.external_id === externalId,
  );
  if (!existing) return fail('not_found');
  const hash = arg(args, 'hash');
  if (hash && hash !== existing.hash) return fail('hash_conflict');
  const invalid = checkViewArg(args.view, existing.type);
  if (invalid) return invalid;
  return ok({ view: viewPayload(workspace, storeView(workspace, record(args.view) ?? {}, existing)) });
}

function publishView(args: Args, workspace: Workspace): MethodResult {
  const absent = missing(args, 'user_id', 'view');
  if (absent) return absent;
  const userId = String(args.user_id);
  if (!isUserId(userId)) return fail('user_not_found');
  const invalid = checkViewArg(args.view, 'home');
  if (invalid) return invalid;
  const existing = homeTab(workspace, userId);
  const hash = arg(args, 'hash');
  if (existing && hash && hash !== existing.hash) return fail('hash_conflict');
  const stored = storeView(workspace, record(args.view) ?? {}, existing);
  stored.user_id = userId;
  return ok({ view: viewPayload(workspace, stored) });
}

export function homeTab(workspace: Workspace, userId: string): StoredView | undefined {
  return [...workspace.views.values()].find((stored) => stored.type === 'home' && stored.user_id === userId);
}

// ---- files ----

function getUploadUrl(args: Args, workspace: Workspace): MethodResult {
  const absent = missing(args, 'filename', 'length');
  if (absent) return absent;
  const length = Number(args.length);
  if (!Number.isInteger(length) || length <= 0) {
    return fail('invalid_arguments', ['[ERROR] length must be a positive integer']);
  }
  const id = workspace.nextId('F');
  const uploadUrl = `${workspace.baseUrl}/upload/${id}`;
  workspace.files.set(id, { id, filename: String(args.filename), length, upload_url: uploadUrl, completed: false });
  return ok({ upload_url: uploadUrl, file_id: id });
}

function completeUpload(args: Args, workspace: Workspace): MethodResult {
  const absent = missing(args, 'files');
  if (absent) return absent;
  const entries = Array.isArray(args.files) ? args.files.map(record) : [];
  if (entries.length === 0 || entries.some((entry) => typeof entry?.id !== 'string')) {
    return fail('invalid_arguments', ['[ERROR] files must be an array of { id, title? }']);
  }
  const requested = entries.map((entry) => ({ file: workspace.files.get(String(entry?.id)), title: entry?.title }));
  const uploaded = requested.flatMap(({ file, title }) => (file?.bytes ? [{ file, title }] : []));
  // Slack cannot finish an upload whose bytes never reached the upload_url.
  if (uploaded.length < requested.length) return fail('file_not_found');
  const channelArg = arg(args, 'channel_id') ?? arg(args, 'channels');
  const target = channelArg === undefined ? undefined : resolveChannel(workspace, channelArg);
  if (target && 'error' in target) return target.error;
  const threadTs = arg(args, 'thread_ts');
  const comment = arg(args, 'initial_comment');
  const shared = uploaded.map(({ file, title }) => {
    file.completed = true;
    file.title = typeof title === 'string' ? title : file.filename;
    if (target) file.channel_id = target.channel;
    if (threadTs) file.thread_ts = threadTs;
    if (comment) file.initial_comment = comment;
    return file;
  });
  if (target) {
    workspace.messages.push({
      channel: target.channel,
      ts: workspace.nextTs(),
      user: workspace.identity.botUserId,
      text: comment ?? '',
      files: shared.map((file) => file.id),
      options: {},
      reactions: [],
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }
  return ok({ files: shared.map((file) => ({ id: file.id, title: file.title, name: file.filename })) });
}

// ---- workspace and installation ----

/** Answers for the workspace the token belongs to: an installed one, or the default workspace. */
function authTest(_args: Args, workspace: Workspace, token?: string): MethodResult {
  const installed = token === undefined ? undefined : workspace.installations.get(token);
  if (installed) {
    const org = installed.isEnterpriseInstall;
    return ok({
      url: `https://${installed.teamId.toLowerCase()}${org ? '.enterprise' : ''}.slack.com/`,
      team: installed.teamName,
      user: 'journeybot',
      team_id: installed.teamId,
      user_id: installed.botUserId,
      bot_id: installed.botId,
      ...(installed.enterpriseId ? { enterprise_id: installed.enterpriseId } : {}),
      is_enterprise_install: Boolean(org),
    });
  }
  const { teamDomain, teamName, teamId, botUserId, botId } = workspace.identity;
  return ok({
    url: `https://${teamDomain}.slack.com/`,
    team: teamName,
    user: 'journeybot',
    team_id: teamId,
    user_id: botUserId,
    bot_id: botId,
    is_enterprise_install: false,
  });
}

function teamInfo(_args: Args, workspace: Workspace): MethodResult {
  const { teamId, teamName, teamDomain } = workspace.identity;
  return ok({ team: { id: teamId, name: teamName, domain: teamDomain, email_domain: '' } });
}

/**
 * What Slack's consent page gives the browser once a person approves the install for `team`: a one-time
 * code that oauth.v2.access exchanges for a bot token of that workspace's own.
 */
export function issueAuthorizationCode(workspace: Workspace, team: FakeTeam): string {
  const owner = (team.isEnterpriseInstall && team.enterpriseId) || team.teamId;
  const installation: FakeInstallation = {
    ...team,
    botToken: `xoxb-fake-${owner.toLowerCase()}-${workspace.nextId('').toLowerCase()}`,
    botUserId: `U${owner.slice(1)}BOT`,
    botId: `B${owner.slice(1)}`,
  };
  const code = workspace.nextId('code-');
  workspace.oauthCodes.set(code, installation);
  return code;
}

function oauthAccess(args: Args, workspace: Workspace): MethodResult {
  if (!arg(args, 'client_id')) return fail('invalid_client_id');
  if (!arg(args, 'client_secret')) return fail('bad_client_secret');
  const code = arg(args, 'code');
  // An authorization code can be exchanged once.
  if (!code || workspace.usedOauthCodes.has(code)) return fail('invalid_code');
  workspace.usedOauthCodes.add(code);
  const installed = workspace.oauthCodes.get(code);
  if (installed) workspace.installations.set(installed.botToken, installed);
  // A code the test did not issue installs the default workspace.
  const { botToken, botUserId, teamId, teamName } = installed ?? workspace.identity;
  const org = Boolean(installed?.isEnterpriseInstall);
  return ok({
    access_token: botToken,
    token_type: 'bot',
    scope: 'chat:write,commands,im:write,users:read,reactions:write,files:write,channels:history',
    bot_user_id: botUserId,
    app_id: workspace.identity.appId,
    team: org ? null : { id: teamId, name: teamName },
    enterprise: installed?.enterpriseId ? { id: installed.enterpriseId, name: installed.enterpriseName } : null,
    is_enterprise_install: org,
    authed_user: { id: installerUserId },
  });
}

function method(handle: MethodSpec['handle'], needsToken = true): MethodSpec {
  return { handle, needsToken };
}

export const methods: ReadonlyMap<string, MethodSpec> = new Map([
  ['auth.test', method(authTest)],
  ['team.info', method(teamInfo)],
  ['oauth.v2.access', method(oauthAccess, false)],
  ['chat.postMessage', method(postMessage)],
  ['chat.postEphemeral', method(postEphemeral)],
  ['chat.update', method(updateMessage)],
  ['chat.delete', method(deleteMessage)],
  ['chat.getPermalink', method(getPermalink)],
  ['reactions.add', method(addReaction)],
  ['reactions.remove', method(removeReaction)],
  ['conversations.open', method(openConversation)],
  ['conversations.info', method(conversationInfo)],
  ['conversations.members', method(conversationMembers)],
  ['conversations.join', method(joinConversation)],
  ['users.info', method(userInfo)],
  ['views.open', method(openView)],
  ['views.push', method(openView)],
  ['views.update', method(updateView)],
  ['views.publish', method(publishView)],
  ['files.getUploadURLExternal', method(getUploadUrl)],
  ['files.completeUploadExternal', method(completeUpload)],
]);
