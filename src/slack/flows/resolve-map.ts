import { type Translator, translator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';
import { escapeMrkdwn } from '../text.ts';

export type Resolved = { map: JourneyMap } | { error: string };

/**
 * `[map]` as typed (a name or an id) or, when empty, the map bound to the channel the command ran in. No map is
 * known yet when it is not found, so the error speaks the person's language, looked up only then.
 */
export async function resolveMap(
  deps: Deps,
  teamId: string,
  channelId: string,
  query: string,
  personLanguage: () => Promise<Translator> = async () => translator('en'),
): Promise<Resolved> {
  const wanted = query.trim();
  const map = wanted
    ? await deps.store.maps.find(teamId, wanted)
    : await deps.store.maps.findByChannel(teamId, channelId);
  if (map) return { map };
  const t = await personLanguage();
  return {
    error: wanted ? t.t('common.errors.mapNotFound', { query: escapeMrkdwn(wanted) }) : t.t('common.errors.noMapHere'),
  };
}
