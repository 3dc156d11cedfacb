import type { Deps } from '../../deps.ts';
import { newMapModal } from '../../views/new-map-modal.ts';
import type { BlockActionArgs } from './button-payload.ts';

/** "New map" on the App Home: the same modal as `/journey new`, with no channel preselected. */
export function newMapClicked(deps: Deps) {
  return async ({ ack, body, client }: BlockActionArgs): Promise<void> => {
    await ack();
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: newMapModal({ name: '', channelId: '' }) });
    } catch (err) {
      deps.log.error({ err }, 'new map modal failed to open');
    }
  };
}
