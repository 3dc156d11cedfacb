import type { Config } from '../config.ts';

/**
 * Slack answers within 10 s or not at all, so no call may hang for Slack's default 30 minutes of retries:
 * a bounded timeout and a few quick retries (429s wait for Retry-After as Slack asks).
 */
const WEB_CLIENT_OPTIONS = {
  timeout: 10_000,
  retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2_000, randomize: true },
  rejectRateLimitedCalls: false,
} as const;

export function slackClientOptions(config: Config) {
  return { slackApiUrl: config.slack.apiUrl, ...WEB_CLIENT_OPTIONS };
}
