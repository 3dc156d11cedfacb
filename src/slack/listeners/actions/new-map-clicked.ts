import type { Deps } from '../../deps.ts';
import { openNewMapModal } from '../../flows/new-map-modal.ts';
import type { BlockActionArgs } from './button-payload.ts';

/** A public or private channel's id; the Home's button carries "new" instead. */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/**
 * "New map" on the App Home, or the same button sent again after a form could not open: the same modal as
 * `/journey new`, with the channel the button carries (if any) preselected.
 */
export function newMapClicked(deps: Deps) {
  return async ({ ack, body, client }: BlockActionArgs): Promise<void> => {
    await ack();
    try {
      const value = body.actions[0]?.type === 'button' ? body.actions[0].value : undefined;
      const channelId = value && CHANNEL_ID.test(value) ? value : '';
      const request = { triggerId: body.trigger_id, teamId: body.team?.id, userId: body.user.id, name: '', channelId };
      await openNewMapModal(deps, client, request);
    } catch (err) {
      deps.log.error({ err }, 'new map modal failed to open');
    }
  };
}
