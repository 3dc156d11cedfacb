import { mapTranslator } from '../../../../i18n/index.ts';
import { refreshMapCard } from '../../../flows/map-card.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { escapeMrkdwn, mention } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey archive [map]`: the owner retires a map; its data stays, the card says so, no new input is asked for. */
export const archive: Subcommand = async ({ deps, client, command, rest, personLanguage, ack }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest, personLanguage);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  const mapT = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  if (map.ownerId !== command.user_id) {
    await ack({
      response_type: 'ephemeral',
      text: mapT.t('card.archive.notOwner', { owner: mention(map.ownerId), mapName }),
    });
    return;
  }
  if (map.archivedAt) {
    await ack({ response_type: 'ephemeral', text: mapT.t('card.archive.already', { mapName }) });
    return;
  }
  const archived = { ...map, archivedAt: deps.now().toISOString() };
  await deps.store.maps.save(archived);
  deps.log.info({ mapId: map.id }, 'map archived');
  await ack({ response_type: 'ephemeral', text: mapT.t('card.archive.done', { mapName }) });
  await refreshMapCard(deps, client, archived);
};
