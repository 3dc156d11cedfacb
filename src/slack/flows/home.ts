import { DEFAULT_LANGUAGE, type Language } from '../../i18n/index.ts';
import { progress } from '../../interview/index.ts';
import { isInvolved } from '../../journey/access.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { type HomeInterview, type HomeMap, homeView } from '../views/home.ts';
import { loadJourney } from './journey-view.ts';
import { visibleMaps } from './map-access.ts';
import { personTranslator } from './users.ts';

const MAX_MAPS = 20;

function roleIn(map: JourneyMap, userId: string): HomeMap['role'] {
  if (map.ownerId === userId) return 'owner';
  return map.stakeholderIds.includes(userId) ? 'stakeholder' : 'contributor';
}

/** The language all these maps speak, if they speak one: the frame around them then speaks it too. */
function onlyLanguage(maps: readonly JourneyMap[]): Language | undefined {
  const languages = new Set(maps.map((map) => map.language ?? DEFAULT_LANGUAGE));
  return languages.size === 1 ? [...languages][0] : undefined;
}

/** Publishes a person's App Home: the maps they own, were invited to or interviewed for, and what is unfinished. */
export async function publishHome(deps: Deps, client: SlackClient, teamId: string, userId: string): Promise<void> {
  const [maps, sessions] = await Promise.all([
    deps.store.maps.list(teamId),
    deps.store.sessions.listForUser(teamId, userId),
  ]);
  const interviewed = new Set(sessions.map((session) => session.mapId));
  const relevant = maps.filter((map) => !map.archivedAt && (isInvolved(map, userId) || interviewed.has(map.id)));
  const visible = await visibleMaps(deps, client, relevant, userId);
  const mine = visible.slice(0, MAX_MAPS);
  const homeMaps: HomeMap[] = await Promise.all(
    mine.map(async (map) => ({ map, role: roleIn(map, userId), view: (await loadJourney(deps, map)).view })),
  );
  const byId = new Map(visible.map((map) => [map.id, map]));
  const interviews: HomeInterview[] = [];
  for (const session of sessions) {
    const map = byId.get(session.mapId);
    if (!map || session.status === 'done') continue;
    interviews.push({ map, progress: progress(session, map), paused: session.status === 'paused' });
  }
  const t = await personTranslator(deps, client, { teamId, userId }, '', onlyLanguage(mine));
  await client.views.publish({ user_id: userId, view: homeView(t, homeMaps, interviews) });
}
