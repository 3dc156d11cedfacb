import type { JourneyMap } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';
import { FRIENDLY } from '../views/notices.ts';

export type Resolved = { map: JourneyMap } | { error: string };

/** `[map]` as typed (a name or an id) or, when empty, the map bound to the channel the command ran in. */
export async function resolveMap(deps: Deps, teamId: string, channelId: string, query: string): Promise<Resolved> {
  const wanted = query.trim();
  const map = wanted
    ? await deps.store.maps.find(teamId, wanted)
    : await deps.store.maps.findByChannel(teamId, channelId);
  if (map) return { map };
  return { error: wanted ? FRIENDLY.mapNotFound(wanted) : FRIENDLY.noMapHere };
}
