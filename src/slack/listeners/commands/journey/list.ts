import { visibleMaps } from '../../../flows/map-access.ts';
import { mapList } from '../../../views/map-list.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey list`: the workspace's maps the person may see (not private channels' they are not in), privately. */
export const listMaps: Subcommand = async ({ deps, client, command, personLanguage, ack }) => {
  const [maps, t] = await Promise.all([deps.store.maps.list(command.team_id), personLanguage()]);
  const visible = await visibleMaps(deps, client, maps, command.user_id);
  await ack({ response_type: 'ephemeral', ...mapList(t, visible, command.channel_id) });
};
