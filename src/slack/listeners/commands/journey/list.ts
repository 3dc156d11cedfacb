import { mapList } from '../../../views/map-list.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey list`: this workspace's maps, privately, in the person's language. */
export const listMaps: Subcommand = async ({ deps, command, personLanguage, ack }) => {
  const [maps, t] = await Promise.all([deps.store.maps.list(command.team_id), personLanguage()]);
  await ack({ response_type: 'ephemeral', ...mapList(t, maps, command.channel_id) });
};
