import type { Deps } from '../../deps.ts';
import { mayView } from '../../flows/map-access.ts';
import { pictureProblem, showMapPicture } from '../../flows/upload.ts';
import { personTranslator } from '../../flows/users.ts';
import { type BlockActionArgs, parseButtonClick } from './button-payload.ts';

/** "Show map" on the card: the picture goes to the card's thread; only a problem is told, to the clicker alone. */
export function showMapClicked(deps: Deps) {
  return async ({ ack, body, client, context, respond }: BlockActionArgs): Promise<void> => {
    await ack();
    const click = parseButtonClick(body, context.teamId);
    if (!click) {
      deps.log.warn({ action: 'show_map' }, 'show map payload rejected');
      return;
    }
    const tell = (text: string) =>
      respond({ response_type: 'ephemeral', replace_original: false, text }).catch((err: unknown) =>
        deps.log.warn({ err, mapId: click.value }, 'show map reply failed'),
      );
    const taken = deps.renders.take(click.teamId, click.userId, deps.now().getTime());
    if (!taken.granted) {
      const t = await personTranslator(deps, client, click);
      await tell(t.t('common.errors.oneMoment', { seconds: taken.retryInSeconds }));
      return;
    }
    const map = await deps.store.maps.get(click.teamId, click.value).catch((err: unknown) => {
      deps.log.error({ err, mapId: click.value }, 'show map lookup failed');
      return undefined;
    });
    if (!map || !(await mayView(deps, client, map, click.userId))) {
      await tell((await personTranslator(deps, client, click)).t('common.errors.mapGone'));
      return;
    }
    await deps.followUps.run(async () => {
      const outcome = await showMapPicture(deps, client, map);
      if (outcome !== 'posted') await tell(pictureProblem(map, outcome));
    });
  };
}
