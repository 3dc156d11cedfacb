import type { Translator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { channelLink, escapeMrkdwn, mention } from '../text.ts';
import { context, type MessageContent, message, section } from './blocks.ts';

const MAX_LISTED = 40;

/** `/journey list`, in the person's language: the workspace's maps are many, so no one map's language applies. */
export function mapList(t: Translator, maps: readonly JourneyMap[], currentChannelId: string): MessageContent {
  if (maps.length === 0) return message(t.t('card.list.emptyFallback'), [section(t.t('card.list.empty'))]);
  const live = maps.filter((map) => !map.archivedAt);
  const archived = maps.length - live.length;
  const lines = live.slice(0, MAX_LISTED).map((map) =>
    t.t(map.channelId === currentChannelId ? 'card.list.lineHere' : 'card.list.line', {
      mapName: escapeMrkdwn(map.name),
      channel: channelLink(map.channelId),
      owner: mention(map.ownerId),
    }),
  );
  const footer =
    (archived ? t.t('card.list.archived', { count: archived }) : '') +
    t.t('card.list.usage') +
    (live.length > MAX_LISTED ? t.t('card.list.truncated', { count: MAX_LISTED }) : '');
  return message(t.t('card.list.fallback', { count: live.length }), [
    section(`${t.t('card.list.heading', { count: live.length })}\n${lines.join('\n') || t.t('card.list.allArchived')}`),
    context(footer),
  ]);
}
