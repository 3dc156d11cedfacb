import { foldLetters } from '../journey/normalise.ts';

/**
 * Words that, next to an @mention of the bot, ask about the map rather than add to it, in every language the
 * bot speaks (compared folded: case and Greek accents do not matter).
 */
const STATUS_WORDS = new Set(
  [
    ...['', 'help', 'status', 'hi', 'hello', 'hey', 'map', 'info'],
    ...['βοήθεια', 'κατάσταση', 'γεια', 'γεια σας', 'γεια σου', 'χάρτης', 'πληροφορίες'],
    ...['帮助', '状态', '你好', '您好', '嗨', '地图', '信息'],
    ...['幫助', '狀態', '地圖', '資訊'],
  ].map(foldLetters),
);

function mentionPattern(userId: string): RegExp {
  return new RegExp(`<@${userId}(?:\\|[^>]*)?>`, 'g');
}

/** The text without @mentions of the bot: "@Journey Bot touchpoint: …" is read as "touchpoint: …". */
export function withoutMention(text: string, botUserId: string | undefined): string {
  return botUserId ? text.replace(mentionPattern(botUserId), ' ').trim() : text;
}

/**
 * "@Journey Bot" alone, or with a word like "status" or "help", asks for the map's status; the mention
 * listener answers it and the thread listener leaves it alone. Anything longer is input.
 */
export function isStatusRequest(text: string, botUserId: string | undefined): boolean {
  if (!botUserId || !mentionPattern(botUserId).test(text)) return false;
  const rest = foldLetters(withoutMention(text, botUserId))
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
  return STATUS_WORDS.has(rest);
}
