import { languageOfSlackLocale, languageOfText, translator } from '../../i18n/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { newMapFormAgain, newMapModal } from '../views/new-map-modal.ts';
import { openOrOfferAgain } from './form-again.ts';
import { languageTyped, personProfile } from './users.ts';

export interface NewMapRequest {
  triggerId: string;
  teamId: string | undefined;
  userId: string;
  /** Name typed after `/journey new`, if any. */
  name: string;
  channelId: string;
}

/**
 * Opens the creation modal in the language of the name typed with the command, else the one the person last typed
 * to the bot in, else their Slack language (the trigger lives 3 s; the profile is usually cached, and a failed
 * lookup falls back to English). Only a typed name preselects the map's language.
 */
export async function openNewMapModal(deps: Deps, client: SlackClient, request: NewMapRequest): Promise<void> {
  const [{ locale }, known] = await Promise.all([
    personProfile(deps, client, request.userId),
    languageTyped(deps, request, request.name),
  ]);
  const typed = languageOfText(request.name, known);
  const t = translator(known ?? languageOfSlackLocale(locale));
  await openOrOfferAgain(
    deps,
    client,
    request.userId,
    () =>
      client.views.open({
        trigger_id: request.triggerId,
        view: newMapModal({ name: request.name, channelId: request.channelId, t, language: typed, locale }),
      }),
    () => newMapFormAgain(t, request.channelId),
  );
}
