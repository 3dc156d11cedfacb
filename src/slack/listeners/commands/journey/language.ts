import { LANGUAGE_NAMES, LANGUAGES, type Language, languageNamed, mapTranslator } from '../../../../i18n/index.ts';
import type { JourneyMap } from '../../../../journey/model.ts';
import { maySteer } from '../../../flows/map-access.ts';
import { refreshMapCard } from '../../../flows/map-card.ts';
import { escapeMrkdwn, mention } from '../../../text.ts';
import { openMapOrExplain, type Subcommand } from './subcommand.ts';

/** "Online shoppers el" -> the map part and the language, when the last word names one. */
function splitLanguage(rest: string): { mapQuery: string; language: Language | undefined } {
  const trimmed = rest.trim();
  const space = trimmed.lastIndexOf(' ');
  const language = languageNamed(space === -1 ? trimmed : trimmed.slice(space + 1));
  if (!language) return { mapQuery: trimmed, language: undefined };
  return { mapQuery: space === -1 ? '' : trimmed.slice(0, space), language };
}

function whichLanguage(map: JourneyMap): string {
  const choices = LANGUAGES.map((code) => `\`${code}\` (${LANGUAGE_NAMES[code]})`).join(', ');
  const example = `${escapeMrkdwn(map.name)} ${map.language === 'el' ? 'en' : 'el'}`;
  return mapTranslator(map).t('card.language.which', { mapName: escapeMrkdwn(map.name), choices, example });
}

/** `/journey language [map] <language>`: the owner changes what the map speaks from now on; stored answers stay. */
export const language: Subcommand = async (context) => {
  const { deps, client, command, rest, ack } = context;
  const wanted = splitLanguage(rest);
  const map = await openMapOrExplain(context, wanted.mapQuery);
  if (!map) return;
  const mapName = escapeMrkdwn(map.name);
  if (!(await maySteer(deps, client, map, command.user_id))) {
    const text = mapTranslator(map).t('card.language.notOwner', { owner: mention(map.ownerId), mapName });
    await ack({ response_type: 'ephemeral', text });
    return;
  }
  if (!wanted.language) {
    await ack({ response_type: 'ephemeral', text: whichLanguage(map) });
    return;
  }
  const changed = { ...map, language: wanted.language };
  const languageName = LANGUAGE_NAMES[wanted.language];
  if ((map.language ?? 'en') === wanted.language) {
    await ack({
      response_type: 'ephemeral',
      text: mapTranslator(map).t('card.language.same', { mapName, language: languageName }),
    });
    return;
  }
  await deps.store.maps.save(changed);
  deps.log.info({ mapId: map.id, language: wanted.language }, 'map language changed');
  const text = mapTranslator(changed).t('card.language.changed', { mapName, language: languageName });
  await ack({ response_type: 'ephemeral', text });
  await refreshMapCard(deps, client, changed);
};
