import { openNewMapModal } from '../../../flows/new-map-modal.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey new [name]`: the creation modal, name prefilled. The trigger_id expires 3 s after the command. */
export const newMap: Subcommand = async ({ deps, client, command, rest, ack }) => {
  await ack();
  await openNewMapModal(deps, client, {
    triggerId: command.trigger_id,
    teamId: command.team_id,
    userId: command.user_id,
    name: rest,
    channelId: command.channel_id,
  });
};
