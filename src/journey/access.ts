import type { JourneyMap } from './model.ts';

/** Who is asking, as far as a map's access goes. */
export interface Viewer {
  userId: string;
  /** A workspace admin or owner: may steer any map they can see, as Slack lets them manage any channel. */
  isAdmin: boolean;
}

/**
 * Who can read a channel, and so its map: everyone in the workspace (a public channel), or the channel's
 * members only (a private one, or a channel whose kind Slack would not tell: unknown counts as private).
 */
export type ChannelAudience = { kind: 'workspace' } | { kind: 'members'; members: ReadonlySet<string> };

export const WORKSPACE_AUDIENCE: ChannelAudience = { kind: 'workspace' };

/**
 * A map is as private as its channel: what its members say there ends up in it. Its owner and the stakeholders
 * invited to it see it too, even outside the channel, since they were asked for their answers.
 */
export function canSeeMap(map: JourneyMap, userId: string, audience: ChannelAudience): boolean {
  return isInvolved(map, userId) || audience.kind === 'workspace' || audience.members.has(userId);
}

/** The owner or an invited stakeholder: sees the map wherever its channel stands. */
export function isInvolved(map: JourneyMap, userId: string): boolean {
  return map.ownerId === userId || map.stakeholderIds.includes(userId);
}

/** Archive, language, stages, stakeholders: the owner's decisions, or a workspace admin's (who can also see it). */
export function canSteerMap(map: JourneyMap, viewer: Viewer): boolean {
  return map.ownerId === viewer.userId || viewer.isAdmin;
}
