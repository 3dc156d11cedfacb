import { mapTranslator } from '../../../../i18n/index.ts';
import { maySteer, mayView } from '../../../flows/map-access.ts';
import { refreshMapCard } from '../../../flows/map-card.ts';
import { escapeMrkdwn, mention } from '../../../text.ts';
import { openMapOrExplain, type Subcommand } from './subcommand.ts';

/** `/journey reopen [map]`: the owner (or an admin) brings an archived map back, unless its channel moved on. */
export const reopen: Subcommand = async (context) => {
  const { deps, client, command, rest, ack } = context;
  const map = await openMapOrExplain(context, rest);
  if (!map) return;
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const refuse = (text: string) => ack({ response_type: 'ephemeral', text });
  if (!(await maySteer(deps, client, map, command.user_id))) {
    return refuse(t.t('card.reopen.notOwner', { owner: mention(map.ownerId), mapName }));
  }
  if (!map.archivedAt) return refuse(t.t('card.reopen.notArchived', { mapName }));
  const other = await deps.store.maps.findLiveByChannel(map.teamId, map.channelId);
  if (other && other.id !== map.id) {
    // Named only to someone who may see it: the owner may have left the private channel since.
    if (!(await mayView(deps, client, other, command.user_id))) {
      return refuse(t.t('card.reopen.channelTakenUnseen', { channel: map.channelId, mapName }));
    }
    return refuse(
      t.t('card.reopen.channelTaken', { channel: map.channelId, otherName: escapeMrkdwn(other.name), mapName }),
    );
  }
  const reopened = { ...map, archivedAt: undefined };
  await deps.store.maps.save(reopened);
  await deps.store.sessions.keepForMap(map.teamId, map.id);
  await deps.store.maps.bindChannel(map.teamId, map.channelId, map.id);
  deps.log.info({ mapId: map.id }, 'map reopened');
  await ack({ response_type: 'ephemeral', text: t.t('card.reopen.done', { mapName, channel: map.channelId }) });
  await refreshMapCard(deps, client, reopened);
};
