import { type Translator, translator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { escapeMrkdwn } from '../text.ts';
import { mayView } from './map-access.ts';

export type Resolved = { map: JourneyMap } | { error: string };

/** Who asks for a map, and from where. */
export interface MapAsker {
  teamId: string;
  channelId: string;
  userId: string;
  /** The asker's language, looked up only when the answer is "not found" (no map is known to speak for). */
  personLanguage?: () => Promise<Translator>;
}

/**
 * `[map]` as typed (a name or an id) or, when empty, the map bound to the channel the command ran in. A map the
 * asker may not see (a private channel's, to a non-member) gets the very answer of a map that does not exist,
 * so its name is not confirmed either.
 */
export async function resolveMap(deps: Deps, client: SlackClient, asker: MapAsker, query: string): Promise<Resolved> {
  const wanted = query.trim();
  const found = wanted
    ? await deps.store.maps.find(asker.teamId, wanted)
    : await deps.store.maps.findByChannel(asker.teamId, asker.channelId);
  if (found && (await mayView(deps, client, found, asker.userId))) return { map: found };
  const t = asker.personLanguage ? await asker.personLanguage() : translator('en');
  return {
    error: wanted ? t.t('common.errors.mapNotFound', { query: escapeMrkdwn(wanted) }) : t.t('common.errors.noMapHere'),
  };
}
