import { mapTranslator } from '../../../../i18n/index.ts';
import { buildDigest } from '../../../flows/digest.ts';
import { friendlyError } from '../../../flows/friendly-error.ts';
import { digestMessage } from '../../../views/digest.ts';
import { openMapOrExplain, type Subcommand } from './subcommand.ts';

/** `/journey digest [map]`: this week's digest as it stands, to the caller only; nothing is claimed or marked. */
export const digest: Subcommand = async (context) => {
  const { deps, client, rest, ack, respond } = context;
  const map = await openMapOrExplain(context, rest);
  if (!map) return;
  await ack();
  await deps.followUps.run(async () => {
    try {
      const built = await buildDigest(deps, client, map);
      await respond({ response_type: 'ephemeral', ...digestMessage({ map, ...built, preview: true }) });
    } catch (err) {
      // Caught here, not by the command, so the apology speaks the map's language like the preview would have.
      deps.log.error({ err, mapId: map.id }, 'digest preview failed');
      const text = await friendlyError(deps, mapTranslator(map), err);
      await respond({ response_type: 'ephemeral', text }).catch(() => undefined);
    }
  });
};
