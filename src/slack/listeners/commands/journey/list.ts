import { mapList } from '../../../views/map-list.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey list`: this workspace's maps, privately. */
export const listMaps: Subcommand = async ({ deps, command, ack }) => {
  const maps = await deps.store.maps.list(command.team_id);
  await ack({ response_type: 'ephemeral', ...mapList(maps, command.channel_id) });
};
