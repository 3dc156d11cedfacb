import { refreshMapCard } from '../../../flows/map-card.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { escapeMrkdwn, mention } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey archive [map]`: the owner retires a map; its data stays, the card says so, no new input is asked for. */
export const archive: Subcommand = async ({ deps, client, command, rest, ack }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  if (map.ownerId !== command.user_id) {
    await ack({
      response_type: 'ephemeral',
      text: `Only the map's owner, ${mention(map.ownerId)}, can archive *${escapeMrkdwn(map.name)}*. Ask them, or create your own map with \`/journey new\`.`,
    });
    return;
  }
  if (map.archivedAt) {
    await ack({ response_type: 'ephemeral', text: `*${escapeMrkdwn(map.name)}* is already archived.` });
    return;
  }
  const archived = { ...map, archivedAt: deps.now().toISOString() };
  await deps.store.maps.save(archived);
  deps.log.info({ mapId: map.id }, 'map archived');
  await ack({
    response_type: 'ephemeral',
    text: `🗄️ *${escapeMrkdwn(map.name)}* is archived. Its answers are kept, and exports still work.`,
  });
  await refreshMapCard(deps, client, archived);
};
