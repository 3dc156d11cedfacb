import { progress } from '../../interview/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { type HomeInterview, type HomeMap, homeView } from '../views/home.ts';
import { loadJourney } from './journey-view.ts';
import { personTranslator } from './users.ts';

const MAX_MAPS = 20;

/** Publishes a person's App Home: the maps they own, were invited to or interviewed for, and what is unfinished. */
export async function publishHome(deps: Deps, client: SlackClient, teamId: string, userId: string): Promise<void> {
  const [maps, sessions, t] = await Promise.all([
    deps.store.maps.list(teamId),
    deps.store.sessions.listForUser(teamId, userId),
    personTranslator(deps, client, userId),
  ]);
  const interviewed = new Set(sessions.map((session) => session.mapId));
  const mine = maps
    .filter((map) => !map.archivedAt)
    .map((map) => ({
      map,
      role: (map.ownerId === userId
        ? 'owner'
        : map.stakeholderIds.includes(userId)
          ? 'stakeholder'
          : 'contributor') as HomeMap['role'],
      relevant: map.ownerId === userId || map.stakeholderIds.includes(userId) || interviewed.has(map.id),
    }))
    .filter((entry) => entry.relevant)
    .slice(0, MAX_MAPS);
  const homeMaps: HomeMap[] = await Promise.all(
    mine.map(async ({ map, role }) => ({ map, role, view: (await loadJourney(deps, map)).view })),
  );
  const byId = new Map(maps.map((map) => [map.id, map]));
  const interviews: HomeInterview[] = [];
  for (const session of sessions) {
    const map = byId.get(session.mapId);
    if (!map || map.archivedAt || session.status === 'done') continue;
    interviews.push({ map, progress: progress(session, map), paused: session.status === 'paused' });
  }
  await client.views.publish({ user_id: userId, view: homeView(t, homeMaps, interviews) });
}
