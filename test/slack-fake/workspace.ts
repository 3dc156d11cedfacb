// The state of the fake workspace: what the app has posted, opened and uploaded, plus the users and
// channels a test sets up. Web API method handlers read and change it; tests inspect it.

export interface WorkspaceIdentity {
  botToken: string;
  teamId: string;
  teamName: string;
  teamDomain: string;
  appId: string;
  botId: string;
  botUserId: string;
}

/** A workspace (or, org-wide, an enterprise) that installs the app through the OAuth flow. */
export interface FakeTeam {
  teamId: string;
  teamName: string;
  enterpriseId?: string;
  enterpriseName?: string;
  /** An org-wide install: one bot token for every workspace of the enterprise. */
  isEnterpriseInstall?: boolean;
}

/** What an install grants: a bot token of its own, which the fake then accepts like the default one. */
export interface FakeInstallation extends FakeTeam {
  botToken: string;
  botUserId: string;
  botId: string;
}

export interface FakeUser {
  tz: string;
  real_name: string;
  profile: { status_text: string; status_emoji: string; status_expiration: number };
  /** Slack's locale ("en-US", "zh-TW"); users.info returns it only when asked with include_locale. */
  locale?: string;
  /** A workspace admin (users.info's is_admin). */
  is_admin?: boolean;
}

export interface FakeChannel {
  name: string;
  is_private?: boolean;
  /** false makes chat.* answer not_in_channel, as Slack does for a channel the bot was not invited to. */
  is_member?: boolean;
  /** Who is in the channel, as conversations.members answers (the bot needs to be in a private one to ask). */
  members?: string[];
}

/** Fields that change how Slack parses or unfurls a post; kept so tests can assert user text is posted safely. */
export interface PostOptions {
  link_names?: unknown;
  parse?: unknown;
  unfurl_links?: unknown;
  unfurl_media?: unknown;
  reply_broadcast?: unknown;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  /** Author: the bot user for app posts, a human for messages added with addUserMessage. */
  user: string;
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  files?: string[];
  options: PostOptions;
  edited?: { user: string; ts: string };
  /** Reaction names the bot added. */
  reactions: string[];
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
}

export interface StoredView {
  id: string;
  hash: string;
  type: 'modal' | 'home';
  /** The view object as the app last sent it. */
  view: Record<string, unknown>;
  /** The user whose Home tab this is (views.publish only). */
  user_id?: string;
}

export interface FakeFile {
  id: string;
  filename: string;
  length: number;
  upload_url: string;
  /** The bytes posted to upload_url; undefined until they arrive. */
  bytes?: Buffer;
  completed: boolean;
  title?: string;
  channel_id?: string;
  thread_ts?: string;
  initial_comment?: string;
}

export interface ResponsePost {
  id: string;
  body: unknown;
  status: number;
  ok: boolean;
  error?: string;
}

export interface Workspace {
  identity: WorkspaceIdentity;
  /** http://127.0.0.1:PORT, set once the server listens. */
  baseUrl: string;
  users: Map<string, FakeUser>;
  channels: Map<string, FakeChannel>;
  messages: FakeMessage[];
  ephemerals: FakeEphemeral[];
  views: Map<string, StoredView>;
  files: Map<string, FakeFile>;
  responseUrls: Map<string, { posts: number }>;
  responses: ResponsePost[];
  usedTriggers: Set<string>;
  usedOauthCodes: Set<string>;
  /** Codes handed out by the (simulated) consent page, each for the installation it grants once exchanged. */
  oauthCodes: Map<string, FakeInstallation>;
  /** Installations whose code was exchanged, by bot token. */
  installations: Map<string, FakeInstallation>;
  nextTs(): string;
  nextId(prefix: string): string;
}

export function createWorkspace(identity: WorkspaceIdentity): Workspace {
  let lastMicros = 0;
  let lastId = 0;
  return {
    identity,
    baseUrl: '',
    users: new Map(),
    channels: new Map(),
    messages: [],
    ephemerals: [],
    views: new Map(),
    files: new Map(),
    responseUrls: new Map(),
    responses: [],
    usedTriggers: new Set(),
    usedOauthCodes: new Set(),
    oauthCodes: new Map(),
    installations: new Map(),
    // Slack's ts is seconds.microseconds and unique per channel; strictly increasing keeps them unique and sortable.
    nextTs() {
      lastMicros = Math.max(Date.now() * 1000, lastMicros + 1);
      return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
    },
    nextId(prefix) {
      lastId += 1;
      return `${prefix}0FAKE${String(lastId).padStart(4, '0')}`;
    },
  };
}

/** Forgets everything the app did; keeps the users, channels and installed workspaces the test set up. */
export function clearActivity(workspace: Workspace): void {
  workspace.messages.length = 0;
  workspace.ephemerals.length = 0;
  workspace.responses.length = 0;
  workspace.views.clear();
  workspace.files.clear();
  workspace.responseUrls.clear();
  workspace.usedTriggers.clear();
  workspace.usedOauthCodes.clear();
  workspace.oauthCodes.clear();
}

export function findMessage(workspace: Workspace, channel: string, ts: string): FakeMessage | undefined {
  return workspace.messages.find((message) => message.channel === channel && message.ts === ts);
}
