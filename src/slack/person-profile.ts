/** What Slack's profile tells about a person that the bot uses: where their day is, and their language. */
export interface PersonProfile {
  /** IANA time zone; UTC when Slack does not say. */
  timeZone: string;
  /** Slack's locale ("en-US", "zh-TW"), when Slack says. */
  locale: string | undefined;
  /** A workspace admin or owner, who may steer any map they can see. */
  isAdmin: boolean;
}
