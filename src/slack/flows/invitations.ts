import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { invitationMessage } from '../views/invitation.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { directMessageChannel } from './users.ts';

/** DMs every stakeholder; one person's closed DMs never stop the others' invitations. */
export async function inviteStakeholders(deps: Deps, client: SlackClient, map: JourneyMap): Promise<number> {
  let sent = 0;
  for (const userId of map.stakeholderIds) {
    try {
      const channel = await directMessageChannel(client, userId);
      await client.chat.postMessage({ channel, ...invitationMessage(map), ...POST_DEFAULTS });
      sent++;
    } catch (err) {
      deps.log.warn({ err, mapId: map.id, userId }, 'invitation failed');
    }
  }
  deps.log.info({ mapId: map.id, sent, of: map.stakeholderIds.length }, 'stakeholders invited');
  return sent;
}
