/**
 * Everything user- or model-written goes through `escapeMrkdwn` before it reaches mrkdwn: with &, < and >
 * escaped, no text can ping <!channel>/<!here>, mention someone or fake a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to at most `max` UTF-16 units without splitting a character, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  // An escaped entity cut in half would show as raw text.
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  return `${cut}…`;
}

/** A user mention Slack renders as the person's name. Only for ids Slack gave us, never for user text. */
export function isUserId(id: string): boolean {
  return /^[UW][A-Z0-9]{1,20}$/.test(id);
}

export function mention(userId: string): string {
  return isUserId(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

export function channelLink(channelId: string): string {
  return /^[CGD][A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeMrkdwn(channelId);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
