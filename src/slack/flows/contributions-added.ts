import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { loadJourney } from './journey-view.ts';
import { refreshMapCard } from './map-card.ts';
import { postDueSummaries } from './summaries.ts';

interface FollowUp {
  map: JourneyMap;
  client: SlackClient;
  /** More input arrived while this follow-up ran: run once more, with the latest view. */
  again: boolean;
  done: Promise<void>;
}

/** Per app (keyed by its deps), the follow-up running for each map. */
const running = new WeakMap<Deps, Map<string, FollowUp>>();

/**
 * What follows every new input, from any source: the card shows it, and stages that earned a summary get one.
 * Runs after the ack. Input that arrives while a map's follow-up runs folds into one more run, so a burst of
 * a hundred replies costs two card updates, not a hundred (and stays within chat.update's rate limit).
 * A failure here is logged and never undoes the input, which is already stored.
 */
export function afterContributionsAdded(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  let perMap = running.get(deps);
  if (!perMap) {
    perMap = new Map();
    running.set(deps, perMap);
  }
  const key = `${map.teamId}:${map.id}`;
  const current = perMap.get(key);
  if (current) {
    Object.assign(current, { map, client, again: true });
    return current.done;
  }
  const followUp: FollowUp = { map, client, again: false, done: Promise.resolve() };
  const maps = perMap;
  followUp.done = (async () => {
    try {
      do {
        followUp.again = false;
        await refreshAndSummarise(deps, followUp.client, followUp.map);
      } while (followUp.again);
    } finally {
      maps.delete(key);
    }
  })();
  perMap.set(key, followUp);
  return followUp.done;
}

async function refreshAndSummarise(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  try {
    const journey = await loadJourney(deps, map);
    await refreshMapCard(deps, client, map, journey.view);
    await postDueSummaries(deps, client, map, journey.view);
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'follow-up after new input failed');
  }
}
