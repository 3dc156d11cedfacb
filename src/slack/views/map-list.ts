import type { JourneyMap } from '../../journey/model.ts';
import { COMMAND } from '../ids.ts';
import { channelLink, escapeMrkdwn, mention } from '../text.ts';
import { context, type MessageContent, message, section } from './blocks.ts';

const MAX_LISTED = 40;

export function mapList(maps: readonly JourneyMap[], currentChannelId: string): MessageContent {
  if (maps.length === 0) {
    return message('No journey maps yet.', [
      section(`No journey maps in this workspace yet. Start one with \`${COMMAND} new\`.`),
    ]);
  }
  const live = maps.filter((map) => !map.archivedAt);
  const archived = maps.length - live.length;
  const lines = live.slice(0, MAX_LISTED).map((map) => {
    const here = map.channelId === currentChannelId ? ' · _this channel_' : '';
    return `• *${escapeMrkdwn(map.name)}* in ${channelLink(map.channelId)} · owner ${mention(map.ownerId)}${here}`;
  });
  return message(`${live.length} journey maps`, [
    section(`*Journey maps* (${live.length})\n${lines.join('\n') || '_all archived_'}`),
    context(
      `${archived ? `${archived} archived. ` : ''}Use a name with any command, e.g. \`${COMMAND} show <name>\`.` +
        (live.length > MAX_LISTED ? ` Showing the first ${MAX_LISTED}.` : ''),
    ),
  ]);
}
