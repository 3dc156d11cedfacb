import type { Server } from 'node:http';
import { App, LogLevel } from '@slack/bolt';
import type { Config } from './config.ts';
import { boltLogger } from './log.ts';
import { createDigestScheduler, type DigestScheduler } from './scheduler/digests.ts';
import type { Deps } from './slack/deps.ts';
import { clientForTeam } from './slack/flows/team-client.ts';
import { registerListeners } from './slack/listeners/index.ts';
import { dedupeEvents } from './slack/middleware/dedupe-events.ts';
import { oauthAppOptions } from './slack/oauth.ts';

export interface JourneyApp {
  readonly bolt: App;
  /** The weekly digests: started and stopped with the app; `check()` runs one check now. */
  readonly digests: DigestScheduler;
  /** Starts listening; in HTTP mode resolves with the bound port (PORT=0 picks a free one). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/**
 * Slack answers within 10 s or not at all, so no call may hang for Slack's default 30 minutes of retries:
 * a bounded timeout and a few quick retries (429s wait for Retry-After as Slack asks).
 */
const WEB_CLIENT_OPTIONS = {
  timeout: 10_000,
  retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2_000, randomize: true },
  rejectRateLimitedCalls: false,
} as const;

/** Builds the Bolt app with every listener; never starts itself (main.ts and the tests do). */
export function createApp(config: Config, deps: Deps): JourneyApp {
  const socketMode = Boolean(config.slack.appToken);
  const bolt = new App({
    token: config.slack.botToken,
    ...oauthAppOptions(config.slack, deps.store.installations, deps.log),
    signingSecret: config.slack.signingSecret,
    appToken: config.slack.appToken,
    socketMode,
    // Bolt's default in-memory conversation store is unused here and costs every request.
    convoStore: false,
    port: config.port,
    logger: boltLogger(deps.log),
    logLevel: deps.log.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO,
    clientOptions: { slackApiUrl: config.slack.apiUrl, ...WEB_CLIENT_OPTIONS },
    customRoutes: socketMode
      ? []
      : [
          {
            path: '/healthz',
            method: ['GET'],
            handler: (_req, res) => {
              deps.store.ping().then(
                () => {
                  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
                },
                (err: unknown) => {
                  deps.log.warn({ err }, 'health check failed: store unreachable');
                  res.writeHead(503, { 'content-type': 'application/json' }).end('{"ok":false,"error":"store"}');
                },
              );
            },
          },
        ],
  });

  bolt.use(dedupeEvents(deps));
  registerListeners(bolt, deps);

  bolt.error(async (error) => {
    deps.log.error({ err: error }, 'unhandled listener error');
  });

  const digests = createDigestScheduler(deps, (map) => clientForTeam(bolt, deps, map.teamId));

  return {
    bolt,
    digests,
    async start() {
      const server = await bolt.start(config.port);
      const address = socketMode ? null : (server as Server).address();
      const port = address && typeof address === 'object' ? address.port : undefined;
      deps.log.info({ mode: socketMode ? 'socket' : 'http', port }, 'app started');
      digests.start();
      return { port };
    },
    async stop() {
      await digests.stop();
      await bolt.stop();
    },
  };
}
