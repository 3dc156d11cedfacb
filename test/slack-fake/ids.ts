/** Identifiers the fake workspace and the signed client share unless a test overrides them. */
export const fakeWorkspace = {
  teamId: 'T0JOURNEY',
  teamName: 'Journey Test Co',
  teamDomain: 'journey-test',
  appId: 'A0JOURNEY',
  botId: 'B0JOURNEY',
  botUserId: 'U0JOURNEYBOT',
  botToken: 'xoxb-fake-journey-bot-token',
} as const;

/** Slack's DM channel ids are opaque; the fake derives them from the user id so tests can predict them. */
export function dmChannelId(userId: string): string {
  return `D${userId.slice(1)}`;
}

export function isUserId(id: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(id);
}

export function isChannelId(id: string): boolean {
  return /^[CGD][A-Z0-9]{2,}$/.test(id);
}
