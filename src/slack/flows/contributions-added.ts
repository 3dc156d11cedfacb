import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { loadJourney } from './journey-view.ts';
import { refreshMapCard } from './map-card.ts';
import { postDueSummaries } from './summaries.ts';

/**
 * What follows every new input, from any source: the card shows it. Runs after the ack; a failure here is
 * logged and never undoes the input, which is already stored.
 */
export async function afterContributionsAdded(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  try {
    const journey = await loadJourney(deps, map);
    await refreshMapCard(deps, client, map, journey.view);
    // Stages that earned a summary (every stakeholder answered, or enough new input) get one, in the thread.
    await postDueSummaries(deps, client, map, journey.view);
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'follow-up after new input failed');
  }
}
