import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { mapCard } from '../views/map-card.ts';
import { loadJourney } from './journey-view.ts';
import { POST_DEFAULTS, slackErrorCode } from './slack-call.ts';

/**
 * Posts the card in the map's channel, joining a public channel first when the bot is not in it yet.
 * Returns the card's ts, or undefined when the bot cannot post there (a private channel it was not invited to).
 */
export async function postMapCard(deps: Deps, client: SlackClient, map: JourneyMap, view: JourneyView) {
  const post = () => client.chat.postMessage({ channel: map.channelId, ...mapCard(map, view), ...POST_DEFAULTS });
  try {
    return (await post()).ts;
  } catch (error) {
    if (slackErrorCode(error) !== 'not_in_channel') throw error;
    const joined = await client.conversations.join({ channel: map.channelId }).then(
      () => true,
      (err: unknown) => {
        deps.log.info({ err, channelId: map.channelId }, 'could not join map channel');
        return false;
      },
    );
    return joined ? (await post()).ts : undefined;
  }
}

/** Brings the card up to date after new input; a failure here never loses the input itself. */
export async function refreshMapCard(deps: Deps, client: SlackClient, map: JourneyMap, view?: JourneyView) {
  if (!map.cardTs) return;
  try {
    const current = view ?? (await loadJourney(deps, map)).view;
    await client.chat.update({ channel: map.channelId, ts: map.cardTs, ...mapCard(map, current) });
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'map card update failed');
  }
}

/** The map card's permalink (its thread is where people add input); undefined without a card or on failure. */
export async function cardPermalink(deps: Deps, client: SlackClient, map: JourneyMap): Promise<string | undefined> {
  if (!map.cardTs) return undefined;
  try {
    const { permalink } = await client.chat.getPermalink({ channel: map.channelId, message_ts: map.cardTs });
    return permalink;
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'card permalink failed');
    return undefined;
  }
}
