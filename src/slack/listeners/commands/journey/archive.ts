import { mapTranslator } from '../../../../i18n/index.ts';
import { archiveMap } from '../../../flows/archive-map.ts';
import { maySteer } from '../../../flows/map-access.ts';
import { refreshMapCard } from '../../../flows/map-card.ts';
import { escapeMrkdwn, mention } from '../../../text.ts';
import { openMapOrExplain, type Subcommand } from './subcommand.ts';

/** `/journey archive [map]`: the owner (or an admin) retires a map; its data stays, the card says so. */
export const archive: Subcommand = async (context) => {
  const { deps, client, command, rest, ack } = context;
  const map = await openMapOrExplain(context, rest);
  if (!map) return;
  const mapT = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  if (!(await maySteer(deps, client, map, command.user_id))) {
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
  const archived = await archiveMap(deps, map);
  await ack({ response_type: 'ephemeral', text: mapT.t('card.archive.done', { mapName }) });
  await refreshMapCard(deps, client, archived);
};
