import { createHash } from 'node:crypto';

/**
 * The one builder of store keys. Every key is `<kind>:<teamId>` or `<kind>:<teamId>:<rest>`, so all of a
 * workspace's records, logs and claims can be found by its team id and the kinds below alone: that is what
 * `Backend.purgeTeam` matches. A kind may itself hold a colon (`marker:thread-reply`): those keep the shapes
 * that were stored before the typed repositories existed, so existing data stays readable.
 *
 * Key shapes that changed (the old records are left behind, unread, and expire or are harmless):
 * - `marker:insight:<purpose>:<hash>` became `marker:insight:<team>:<purpose>:<hash>` (a cache: asked again once);
 * - `event:<eventId>` became `event:<team>:<eventId>` (2-hour claims);
 * - `digest:<map>:<slot>` and `nudge:<map>:<user>:<slot>` gained the team; the last-digest record, unchanged,
 *   is what stops a past slot being posted again, so a claim under the old shape is not needed;
 * - the global `maps-all` log became the per-team `maps:<team>` logs (already kept) plus TEAM_INDEX_LOG;
 * - a key over MAX_KEY_BYTES (only a very long map name could make one) ends in a hash (see boundKey).
 */
const KINDS = [
  // records
  'map',
  'channel-map',
  'person',
  'session',
  'installation:team',
  // An org-wide installation belongs to its enterprise: the enterprise id takes the team's place.
  'installation:enterprise',
  'marker:thread-reply',
  'marker:active-interview',
  'marker:language',
  'marker:stage-settle',
  'marker:stage-summary',
  'marker:reminders',
  'marker:nudged-at',
  'marker:digest-last',
  'marker:insight',
  'map-named',
  'marker:names-indexed',
  // append-only logs
  'maps',
  'contrib',
  'sessions-of',
  'sessions-in',
  'map-name-owner',
  // claims
  // Names claimed before reservations named their map (map-name-owner); kept so a purge removes them.
  'map-name',
  'lock:interview',
  'event',
  'dm',
  'thread-message',
  'thread-edit',
  'thread-delete',
  'digest',
  'nudge',
  'stage-summary',
  'department-asked',
  'reminder',
  // the outbox
  'outbox',
] as const;
type Kind = (typeof KINDS)[number];

/**
 * The workspaces that have maps, one entry per team id (entry id and value): what the scheduler walks to find
 * every map. The one key without a team in it, as it lists teams; purging a team removes the team's entry.
 */
export const TEAM_INDEX_LOG = 'teams';
/** The old global log of every map ({teamId, mapId} per entry), read once at start into TEAM_INDEX_LOG. */
export const LEGACY_ALL_MAPS_LOG = 'maps-all';

/**
 * Keys stay under this many UTF-8 bytes: the SQL backends keep keys in VARCHAR(255) columns, and the backends add
 * prefixes of their own (`journey:claim:`), so 200 leaves room.
 */
export const MAX_KEY_BYTES = 200;
/** What a bounded key keeps of the original, so it still reads as what it is (kind, team, the name's start). */
const READABLE_BYTES = 120;

/**
 * The key itself when short enough; otherwise its readable start, `~`, and the sha256 of the whole key, so two
 * long keys that share a start stay distinct. The start always holds the kind and the team, so purge finds it.
 */
export function boundKey(key: string): string {
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return key;
  return `${utf8Start(key, READABLE_BYTES)}~${createHash('sha256').update(key).digest('hex')}`;
}

/** The longest start of `text` within `maxBytes` UTF-8 bytes that does not split a character. */
function utf8Start(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

function key(kind: Kind, teamId: string, ...rest: string[]): string {
  // A team id is a Slack id; an empty one or one with a colon would put the key where purge cannot tell whose it is.
  if (teamId === '' || teamId.includes(':')) throw new Error(`Invalid team id for a store key: "${teamId}"`);
  return boundKey([kind, teamId, ...rest].join(':'));
}

/** Every key the store uses, by what it holds; each takes the team id first. */
export const keys = {
  map: (teamId: string, mapId: string) => key('map', teamId, mapId),
  channelMap: (teamId: string, channelId: string) => key('channel-map', teamId, channelId),
  person: (teamId: string, userId: string) => key('person', teamId, userId),
  session: (teamId: string, mapId: string, userId: string) => key('session', teamId, mapId, userId),
  teamInstallation: (teamId: string) => key('installation:team', teamId),
  enterpriseInstallation: (enterpriseId: string) => key('installation:enterprise', enterpriseId),
  replyRecord: (teamId: string, channelId: string, ts: string) => key('marker:thread-reply', teamId, channelId, ts),
  activeInterview: (teamId: string, userId: string) => key('marker:active-interview', teamId, userId),
  personLanguage: (teamId: string, userId: string) => key('marker:language', teamId, userId),
  settleNote: (teamId: string, mapId: string) => key('marker:stage-settle', teamId, mapId),
  summaryMark: (teamId: string, mapId: string, stageId: string) => key('marker:stage-summary', teamId, mapId, stageId),
  reminderCount: (teamId: string, mapId: string, userId: string, spell: string) =>
    key('marker:reminders', teamId, mapId, userId, spell),
  nudgedAt: (teamId: string, mapId: string, userId: string) => key('marker:nudged-at', teamId, mapId, userId),
  lastDigest: (teamId: string, mapId: string) => key('marker:digest-last', teamId, mapId),
  insight: (teamId: string, requestKey: string) => key('marker:insight', teamId, requestKey),
  mapByName: (teamId: string, normalisedName: string) => key('map-named', teamId, normalisedName),
  namesIndexed: (teamId: string) => key('marker:names-indexed', teamId),
  mapsLog: (teamId: string) => key('maps', teamId),
  contributionsLog: (teamId: string, mapId: string) => key('contrib', teamId, mapId),
  sessionsOfUserLog: (teamId: string, userId: string) => key('sessions-of', teamId, userId),
  sessionsInMapLog: (teamId: string, mapId: string) => key('sessions-in', teamId, mapId),
  /** Which map holds a name: a one-entry log, its first writer the owner. */
  mapNameOwner: (teamId: string, normalisedName: string) => key('map-name-owner', teamId, normalisedName),
  interviewLock: (teamId: string, mapId: string, userId: string) => key('lock:interview', teamId, mapId, userId),
  eventClaim: (teamId: string, eventId: string) => key('event', teamId, eventId),
  directMessageClaim: (teamId: string, channelId: string, ts: string) => key('dm', teamId, channelId, ts),
  threadDeliveryClaim: (
    teamId: string,
    what: 'message' | 'edit' | 'delete',
    channelId: string,
    ts: string,
    version: string,
  ) => key(`thread-${what}`, teamId, channelId, ts, version),
  digestSlotClaim: (teamId: string, mapId: string, slotKey: string) => key('digest', teamId, mapId, slotKey),
  nudgeClaim: (teamId: string, mapId: string, userId: string, slotKey: string) =>
    key('nudge', teamId, mapId, userId, slotKey),
  summaryClaim: (teamId: string, mapId: string, stageId: string, afterAt: string) =>
    key('stage-summary', teamId, mapId, stageId, 'after', afterAt),
  departmentQuestionClaim: (teamId: string, userId: string) => key('department-asked', teamId, userId),
  reminderClaim: (teamId: string, mapId: string, userId: string, spell: string, count: number) =>
    key('reminder', teamId, mapId, userId, spell, String(count)),
  /** A request acknowledged to Slack, by its delivery id (the event id, or a hash of an interaction). */
  outboxEntry: (teamId: string, deliveryId: string) => key('outbox', teamId, deliveryId),
  /** The start every outbox key of the team has. */
  outboxPrefix: (teamId: string) => `${key('outbox', teamId)}:`,
} as const;

/**
 * `<kind>:<teamId>` for every kind: a key is the team's when it equals one of these or continues it with `:`.
 * Matching whole kinds, not "the team id anywhere", keeps an id that merely looks like a team id (a stage id, a
 * map name) from making another team's key match.
 */
export function teamKeyPrefixes(teamId: string): string[] {
  return KINDS.map((kind) => `${kind}:${teamId}`);
}

/** Whether a key (as built here, without a backend's own prefix) belongs to the team. */
export function isTeamKey(teamId: string, candidate: string): boolean {
  return teamKeyPrefixes(teamId).some((prefix) => candidate === prefix || candidate.startsWith(`${prefix}:`));
}
