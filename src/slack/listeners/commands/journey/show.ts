import { resolveMap } from '../../../flows/resolve-map.ts';
import { pictureProblem, showMapPicture } from '../../../flows/upload.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey show [map]`: the map as a picture in its thread; drawn after the ack, it takes a moment. */
export const show: Subcommand = async ({ deps, client, command, rest, ack, respond }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  await ack({
    response_type: 'ephemeral',
    text: `🖼️ Drawing *${escapeMrkdwn(map.name)}*: the picture will appear in the map's thread in a moment.`,
  });
  await deps.followUps.run(async () => {
    const outcome = await showMapPicture(deps, client, map);
    if (outcome !== 'posted') await respond({ response_type: 'ephemeral', text: pictureProblem(map, outcome) });
  });
};
