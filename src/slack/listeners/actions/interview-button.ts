import { mapTranslator, type Translator } from '../../../i18n/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import type { Deps, SlackClient } from '../../deps.ts';
import { archivedMapNotice } from '../../flows/archived-map.ts';
import { friendlyError } from '../../flows/friendly-error.ts';
import { mayView } from '../../flows/map-access.ts';
import { directMessageChannel, personTranslator } from '../../flows/users.ts';
import { parseActionValue } from '../../views/interview.ts';
import { type BlockActionArgs, type ButtonClick, parseButtonClick } from './button-payload.ts';

export interface InterviewClick extends ButtonClick {
  map: JourneyMap;
  /** What the button picked, after the map id ("3", "sales"). */
  picked: string;
}

/**
 * The shared shape of every interview button: ack at once, find the map the button names (in the clicker's
 * workspace only), then run the handler; a failure becomes a friendly DM, never silence.
 */
export function interviewButton(
  deps: Deps,
  name: string,
  handle: (click: InterviewClick, client: SlackClient) => Promise<void>,
) {
  return async ({ ack, body, client, context }: BlockActionArgs): Promise<void> => {
    await ack();
    const click = parseButtonClick(body, context.teamId);
    if (!click) {
      deps.log.warn({ action: name }, 'interview button payload rejected');
      return;
    }
    const { mapId, value } = parseActionValue(click.value);
    // Without a map there is no map's language: the person's Slack language speaks instead.
    let map: JourneyMap | undefined;
    const language = async (): Promise<Translator> =>
      map ? mapTranslator(map) : personTranslator(deps, client, click);
    try {
      const found = await deps.store.maps.get(click.teamId, mapId);
      // A private channel's map is gone to whoever may not see it: the same answer as for a map that never was.
      if (!found || !(await mayView(deps, client, found, click.userId))) {
        await tell(client, click.userId, (await language()).t('common.errors.mapGone'));
        return;
      }
      map = found;
      if (map.archivedAt) {
        await tell(client, click.userId, await archivedMapNotice(deps, client, map, click.userId));
        return;
      }
      await handle({ ...click, map, picked: value }, client);
    } catch (err) {
      deps.log.error({ err, action: name, mapId }, 'interview button failed');
      const apologise = async () => tell(client, click.userId, await friendlyError(deps, await language(), err));
      await apologise().catch(() => undefined);
    }
  };
}

async function tell(client: SlackClient, userId: string, text: string): Promise<void> {
  await client.chat.postMessage({ channel: await directMessageChannel(client, userId), text });
}
