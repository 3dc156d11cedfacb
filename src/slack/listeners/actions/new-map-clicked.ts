import type { Deps } from '../../deps.ts';
import { openNewMapModal } from '../../flows/new-map-modal.ts';
import type { BlockActionArgs } from './button-payload.ts';

/** "New map" on the App Home: the same modal as `/journey new`, with no channel preselected. */
export function newMapClicked(deps: Deps) {
  return async ({ ack, body, client }: BlockActionArgs): Promise<void> => {
    await ack();
    try {
      const request = { triggerId: body.trigger_id, userId: body.user.id, name: '', channelId: '' };
      await openNewMapModal(deps, client, request);
    } catch (err) {
      deps.log.error({ err }, 'new map modal failed to open');
    }
  };
}
