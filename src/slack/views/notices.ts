import type { JourneyMap } from '../../journey/model.ts';
import { COMMAND } from '../ids.ts';
import { channelLink, escapeMrkdwn, plural } from '../text.ts';
import { type MessageContent, message, section } from './blocks.ts';

export function mapCreatedNotice(map: JourneyMap): MessageContent {
  const invited = map.stakeholderIds.length
    ? `I've invited ${plural(map.stakeholderIds.length, 'stakeholder')} to a short interview in DM.`
    : `Invite people any time: they can press *Answer for my team* on the card or type \`${COMMAND} interview\`.`;
  return message(`Your map "${escapeMrkdwn(map.name)}" is ready.`, [
    section(
      `✅ *${escapeMrkdwn(map.name)}* is ready: the card is in ${channelLink(map.channelId)}. ${invited}\n` +
        'Next: answer for your own team with *Answer for my team*, or ask colleagues to reply in the thread.',
    ),
  ]);
}

export function mapNotPostedNotice(map: JourneyMap): MessageContent {
  return message(`Your map "${escapeMrkdwn(map.name)}" is saved, but I can't post in that channel.`, [
    section(
      `⚠️ *${escapeMrkdwn(map.name)}* is saved, but I can't post in ${channelLink(map.channelId)} yet. ` +
        `Invite me with \`/invite @Journey Bot\` there, then run \`${COMMAND} show ${escapeMrkdwn(map.name)}\`.`,
    ),
  ]);
}

/** Constant, friendly texts for failures; never a stack trace or a raw API error. */
export const FRIENDLY = {
  storeDown: "I can't reach my storage right now, so nothing was changed. Please try again in a minute.",
  unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a minute.',
  mapNotFound: (query: string) =>
    `I couldn't find a map called "${escapeMrkdwn(query)}". Try \`${COMMAND} list\` to see this workspace's maps.`,
  noMapHere: `There's no map bound to this channel. Name one (\`${COMMAND} list\` shows them) or create one with \`${COMMAND} new\`.`,
} as const;
