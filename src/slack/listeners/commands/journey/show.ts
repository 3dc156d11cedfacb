import { mapTranslator } from '../../../../i18n/index.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { pictureProblem, showMapPicture } from '../../../flows/upload.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey show [map]`: the map as a picture in its thread; drawn after the ack, it takes a moment. */
export const show: Subcommand = async ({ deps, client, command, rest, personLanguage, ack, respond }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest, personLanguage);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  const text = mapTranslator(map).t('card.show.drawing', { mapName: escapeMrkdwn(map.name) });
  await ack({ response_type: 'ephemeral', text });
  await deps.followUps.run(async () => {
    const outcome = await showMapPicture(deps, client, map);
    if (outcome !== 'posted') await respond({ response_type: 'ephemeral', text: pictureProblem(map, outcome) });
  });
};
