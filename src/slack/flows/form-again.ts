import type { Deps, SlackClient } from '../deps.ts';
import type { MessageContent } from '../views/blocks.ts';
import { POST_DEFAULTS, slackErrorCode } from './slack-call.ts';
import { directMessageChannel } from './users.ts';

/**
 * Opens a modal; when Slack refuses because the click's trigger expired (it lives about 3 s: the process died
 * and the click was replayed after the restart, or the app was slow), the person gets `again` in their DM, a
 * message with the same button, instead of a form that silently never opens.
 */
export async function openOrOfferAgain(
  deps: Deps,
  client: SlackClient,
  userId: string,
  open: () => Promise<unknown>,
  again: () => MessageContent | Promise<MessageContent>,
): Promise<void> {
  try {
    await open();
  } catch (err) {
    if (slackErrorCode(err) !== 'expired_trigger_id') throw err;
    deps.log.info({ userId }, 'form trigger expired: button offered again');
    const channel = await directMessageChannel(client, userId);
    await client.chat.postMessage({ channel, ...(await again()), ...POST_DEFAULTS });
  }
}
