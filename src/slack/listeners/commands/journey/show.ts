import { mapTranslator } from '../../../../i18n/index.ts';
import { pictureProblem, showMapPicture } from '../../../flows/upload.ts';
import { escapeMrkdwn } from '../../../text.ts';
import { openMapOrExplain, type Subcommand, takeRender } from './subcommand.ts';

/** `/journey show [map]`: the map as a picture in its thread; drawn after the ack, it takes a moment. */
export const show: Subcommand = async (context) => {
  const { deps, client, rest, ack, respond } = context;
  const map = await openMapOrExplain(context, rest);
  if (!map) return;
  if (!(await takeRender(context))) return;
  const text = mapTranslator(map).t('card.show.drawing', { mapName: escapeMrkdwn(map.name) });
  await ack({ response_type: 'ephemeral', text });
  await deps.followUps.run(async () => {
    const outcome = await showMapPicture(deps, client, map);
    if (outcome !== 'posted') await respond({ response_type: 'ephemeral', text: pictureProblem(map, outcome) });
  });
};
