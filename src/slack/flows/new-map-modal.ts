import { languageOfSlackLocale, languageOfText, translator } from '../../i18n/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { newMapFormAgain, newMapModal } from '../views/new-map-modal.ts';
import { openOrOfferAgain } from './form-again.ts';
import { personProfile } from './users.ts';

export interface NewMapRequest {
  triggerId: string;
  userId: string;
  /** Name typed after `/journey new`, if any. */
  name: string;
  channelId: string;
}

/**
 * Opens the creation modal in the language of the name typed with the command, else the person's Slack language
 * (the trigger lives 3 s; the profile is usually cached, and a failed lookup falls back to English).
 */
export async function openNewMapModal(deps: Deps, client: SlackClient, request: NewMapRequest): Promise<void> {
  const { locale } = await personProfile(deps, client, request.userId);
  const fromLocale = languageOfSlackLocale(locale);
  const typed = languageOfText(request.name, fromLocale);
  const t = translator(typed ?? fromLocale);
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
