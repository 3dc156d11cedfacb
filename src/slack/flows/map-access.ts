import {
  type ChannelAudience,
  canSeeMap,
  canSteerMap,
  isInvolved,
  type Viewer,
  WORKSPACE_AUDIENCE,
} from '../../journey/access.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { personProfile } from './users.ts';

/** Slack's page size for conversations.members; a channel past it takes several pages. */
const MEMBERS_PAGE = 1000;
/** Unknown is private: a map nobody can vouch for is shown to its owner and stakeholders only. */
const NOBODY: ChannelAudience = { kind: 'members', members: new Set() };

const audienceKey = (teamId: string, channelId: string) => `${teamId}:${channelId}`;

async function channelMembers(client: SlackClient, channelId: string): Promise<Set<string>> {
  const members = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({ channel: channelId, limit: MEMBERS_PAGE, cursor });
    for (const member of page.members ?? []) members.add(member);
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return members;
}

async function askAudience(deps: Deps, client: SlackClient, channelId: string): Promise<ChannelAudience> {
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    if (channel && channel.is_private !== true) return WORKSPACE_AUDIENCE;
    return { kind: 'members', members: await channelMembers(client, channelId) };
  } catch (err) {
    deps.log.warn({ err, channelId }, 'channel audience lookup failed');
    return NOBODY;
  }
}

/** Who can read a channel; asked of Slack at most once a minute, or again after someone joined or left. */
export async function channelAudience(
  deps: Deps,
  client: SlackClient,
  teamId: string,
  channelId: string,
): Promise<ChannelAudience> {
  const key = audienceKey(teamId, channelId);
  const cached = deps.audiences.get(key, deps.now());
  if (cached) return cached;
  const audience = await askAudience(deps, client, channelId);
  // A failed lookup is not remembered: the next request asks again rather than hiding the map for a minute.
  if (audience !== NOBODY) deps.audiences.set(key, audience, deps.now());
  return audience;
}

/** Someone joined or left: the next look at this channel's map asks Slack again. */
export function forgetAudience(deps: Deps, teamId: string, channelId: string): void {
  deps.audiences.delete(audienceKey(teamId, channelId));
}

export async function viewerOf(deps: Deps, client: SlackClient, userId: string): Promise<Viewer> {
  return { userId, isAdmin: (await personProfile(deps, client, userId)).isAdmin };
}

/** Whether a person may see a map; Slack is asked about its channel only when they are not involved in it. */
export async function mayView(deps: Deps, client: SlackClient, map: JourneyMap, userId: string): Promise<boolean> {
  if (isInvolved(map, userId)) return true;
  return canSeeMap(map, userId, await channelAudience(deps, client, map.teamId, map.channelId));
}

export async function maySteer(deps: Deps, client: SlackClient, map: JourneyMap, userId: string): Promise<boolean> {
  return canSteerMap(map, await viewerOf(deps, client, userId));
}

/** The maps among `maps` a person may see, in order; each channel is asked about once. */
export async function visibleMaps(
  deps: Deps,
  client: SlackClient,
  maps: readonly JourneyMap[],
  userId: string,
): Promise<JourneyMap[]> {
  const asked = new Map<string, JourneyMap>();
  for (const map of maps) if (!isInvolved(map, userId)) asked.set(audienceKey(map.teamId, map.channelId), map);
  const ask = async ([key, map]: [string, JourneyMap]) =>
    [key, await channelAudience(deps, client, map.teamId, map.channelId)] as const;
  const audiences = new Map(await Promise.all([...asked].map(ask)));
  // Involved maps were not asked about: they are seen whatever the channel's audience.
  return maps.filter((map) => canSeeMap(map, userId, audiences.get(audienceKey(map.teamId, map.channelId)) ?? NOBODY));
}
