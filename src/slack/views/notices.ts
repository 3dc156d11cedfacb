import { mapTranslator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { channelLink, escapeMrkdwn } from '../text.ts';
import { type MessageContent, message, section } from './blocks.ts';

/** To the creator, in the map's language: where the card is and who was invited. */
export function mapCreatedNotice(map: JourneyMap): MessageContent {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const invited = map.stakeholderIds.length
    ? t.t('newMap.notices.invited', { count: map.stakeholderIds.length })
    : t.t('newMap.notices.inviteLater');
  return message(t.t('newMap.notices.createdFallback', { mapName }), [
    section(t.t('newMap.notices.created', { mapName, channel: channelLink(map.channelId), invited })),
  ]);
}

export function mapNotPostedNotice(map: JourneyMap): MessageContent {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  return message(t.t('newMap.notices.notPostedFallback', { mapName }), [
    section(t.t('newMap.notices.notPosted', { mapName, channel: channelLink(map.channelId) })),
  ]);
}
