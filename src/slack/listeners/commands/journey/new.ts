import { newMapModal } from '../../../views/new-map-modal.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey new [name]`: the creation modal, name prefilled. The trigger_id expires 3 s after the command. */
export const newMap: Subcommand = async ({ client, command, rest, ack }) => {
  await ack();
  await client.views.open({
    trigger_id: command.trigger_id,
    view: newMapModal({ name: rest, channelId: command.channel_id }),
  });
};
