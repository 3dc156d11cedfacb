import { mapTranslator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { escapeMrkdwn, mention } from '../text.ts';
import { mayView } from './map-access.ts';

/**
 * What `userId` can do instead of adding to an archived map: go to the live map that took its channel, or ask its
 * owner to reopen it. The new map is named only to someone who may see it (a private channel's map may have been
 * made after they left). Said in the archived map's language, after the line that says it is archived.
 */
export async function archivedMapNext(deps: Deps, client: SlackClient, map: JourneyMap, userId: string) {
  const t = mapTranslator(map);
  const successor = await deps.store.maps.findLiveByChannel(map.teamId, map.channelId).catch(() => undefined);
  if (successor && successor.id !== map.id) {
    if (!(await mayView(deps, client, successor, userId)))
      return t.t('card.reopen.movedToUnseen', { channel: map.channelId });
    return t.t('card.reopen.movedTo', { channel: map.channelId, newName: escapeMrkdwn(successor.name) });
  }
  return t.t('card.reopen.howTo', { owner: mention(map.ownerId), mapName: escapeMrkdwn(map.name) });
}

/** "X is archived, so it takes no new answers." and what `userId` can do instead, as one message. */
export async function archivedMapNotice(deps: Deps, client: SlackClient, map: JourneyMap, userId: string) {
  const archived = mapTranslator(map).t('interview.archived', { mapName: escapeMrkdwn(map.name) });
  return `${archived} ${await archivedMapNext(deps, client, map, userId)}`;
}
