import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { maySteer } from './map-access.ts';

/**
 * Whether a new map may go into a channel, which holds one live map at most:
 * - `free`: nothing live there;
 * - `replace`: the person ticked "archive it" for the map there now;
 * - `ask`: the form has not offered to archive this map yet;
 * - `unticked`: it offered, and the box was left empty;
 * - `notYours`: the map there is someone else's to archive.
 */
export type ChannelRoom =
  | { kind: 'free' }
  | { kind: 'replace' | 'ask' | 'unticked' | 'notYours'; occupant: JourneyMap };

export interface RoomRequest {
  teamId: string;
  channelId: string;
  userId: string;
  /** The map the form offered to archive, if it did. */
  offeredMapId: string | undefined;
  /** The map the person ticked to archive, if they did. */
  consentedMapId: string | undefined;
}

export async function channelRoom(deps: Deps, client: SlackClient, request: RoomRequest): Promise<ChannelRoom> {
  const occupant = await deps.store.maps.findLiveByChannel(request.teamId, request.channelId);
  if (!occupant) return { kind: 'free' };
  if (!(await maySteer(deps, client, occupant, request.userId))) return { kind: 'notYours', occupant };
  if (request.consentedMapId === occupant.id) return { kind: 'replace', occupant };
  return { kind: request.offeredMapId === occupant.id ? 'unticked' : 'ask', occupant };
}
