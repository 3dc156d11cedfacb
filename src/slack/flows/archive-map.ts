import type { JourneyMap } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';

/** Retires a map: its data stays and no new input is taken. The caller redraws its card once it has answered. */
export async function archiveMap(deps: Deps, map: JourneyMap): Promise<JourneyMap> {
  const archived = { ...map, archivedAt: deps.now().toISOString() };
  await deps.store.maps.save(archived);
  await deps.store.sessions.expireForMap(map.teamId, map.id);
  deps.log.info({ mapId: map.id }, 'map archived');
  return archived;
}
