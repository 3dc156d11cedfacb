import type { webApi } from '@slack/bolt';
import { Agent, type RequestInit as UndiciInit, fetch as undiciFetch } from 'undici';

/** Slack answers within 10 s or not at all. */
const SLACK_ANSWER_LIMIT_MS = 10_000;

type SlackFetch = NonNullable<webApi.WebClientOptions['fetch']>;

/**
 * A fetch whose connection pool gives a Slack call up when connecting, waiting for the answer's headers or for the
 * next part of its body takes longer than `limitMs`. WebClient's own `timeout` bounds a call with an
 * AbortSignal.timeout and an abort listener for each call: against the fake Slack that cost about 60 µs of CPU a
 * call (a tenth of the call), while the pool's timers are shared by every request on a connection. A file upload
 * (a multipart form) goes through Node's fetch with a signal instead: undici's own fetch reads Node's FormData as
 * plain text and would send "[object FormData]".
 */
export function slackFetch(limitMs: number): SlackFetch {
  const connections = new Agent({ connect: { timeout: limitMs }, headersTimeout: limitMs, bodyTimeout: limitMs });
  return (url, init) => {
    if (init?.body instanceof FormData) return fetch(url, { ...init, signal: AbortSignal.timeout(limitMs) });
    return undiciFetch(url, { ...init, dispatcher: connections } as UndiciInit) as unknown as Promise<Response>;
  };
}

/**
 * No call may hang for Slack's default 30 minutes of retries: bounded waits and a few quick retries (429s wait for
 * Retry-After as Slack asks). One pool for the process.
 */
const WEB_CLIENT_OPTIONS = {
  fetch: slackFetch(SLACK_ANSWER_LIMIT_MS),
  retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2_000, randomize: true },
  rejectRateLimitedCalls: false,
} as const;

/** `apiUrl`: Slack's own when absent (config.slack.apiUrl). */
export function slackClientOptions(apiUrl: string | undefined) {
  return { slackApiUrl: apiUrl, ...WEB_CLIENT_OPTIONS };
}
