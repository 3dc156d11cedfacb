import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  App,
  type AppOptions,
  AuthorizationError,
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type Logger,
  LogLevel,
} from '@slack/bolt';
import type { Config } from './config.ts';
import { boltLogger } from './log.ts';
import { createDigestScheduler, type DigestScheduler } from './scheduler/digests.ts';
import type { Deps } from './slack/deps.ts';
import { clientForTeam } from './slack/flows/team-client.ts';
import { registerListeners } from './slack/listeners/index.ts';
import { dedupeEvents } from './slack/middleware/dedupe-events.ts';
import { dropUnroutablePayloads } from './slack/middleware/unroutable-payloads.ts';
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

function slackClientOptions(config: Config) {
  return { slackApiUrl: config.slack.apiUrl, ...WEB_CLIENT_OPTIONS };
}

/** Builds the Bolt app with every listener; never starts itself (main.ts and the tests do). */
export function createApp(config: Config, deps: Deps): JourneyApp {
  const socketMode = Boolean(config.slack.appToken);
  const oauth = oauthAppOptions(config.slack, deps.store.installations, deps.log);
  const logger = boltLogger(deps.log);
  const bolt = new App({
    // With the OAuth install every workspace's token comes from its installation; a leftover one is ignored.
    token: config.slack.oauth ? undefined : config.slack.botToken,
    appToken: config.slack.appToken,
    socketMode,
    ...(socketMode
      ? { ...oauth, signingSecret: config.slack.signingSecret }
      : { receiver: httpReceiver(config, deps, oauth, logger) }),
    // Bolt's default in-memory conversation store is unused here and costs every request.
    convoStore: false,
    logger,
    logLevel: deps.log.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO,
    clientOptions: slackClientOptions(config),
  });

  bolt.use(dropUnroutablePayloads(deps));
  bolt.use(dedupeEvents(deps));
  registerListeners(bolt, deps);

  bolt.error(async (error) => {
    // Bolt wraps the errors of several listeners in one whose `originals` pino would print as {}.
    const errors = 'originals' in error && Array.isArray(error.originals) ? error.originals : [error];
    for (const err of errors) deps.log.error({ err }, 'unhandled listener error');
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

/**
 * Bolt's HTTP receiver, built here to answer what Bolt cannot process (a payload signed by Slack's secret
 * but missing parts Bolt reads itself) with 400 instead of its default 500. Authorisation failures and errors
 * after an ack keep Bolt's own handling.
 */
function httpReceiver(config: Config, deps: Deps, oauth: Partial<AppOptions>, logger: Logger): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret: config.slack.signingSecret,
    port: config.port,
    logger,
    ...(oauth as Partial<HTTPReceiverOptions>),
    // What App does for its own receiver: the installer's oauth.v2.access goes to the same Slack API URL.
    ...(oauth.installerOptions && {
      installerOptions: { ...oauth.installerOptions, clientOptions: slackClientOptions(config) },
    }),
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: healthCheck(deps) }],
    processEventErrorHandler: async (args) => {
      if (args.response.headersSent || args.error instanceof AuthorizationError) {
        return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
      }
      deps.log.warn({ err: args.error }, 'request could not be processed');
      args.response.writeHead(400).end();
      return true;
    },
  });
}

/** 200 while the store answers, 503 when it does not: what a load balancer needs to route around an instance. */
function healthCheck(deps: Deps) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    deps.store.ping().then(
      () => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      },
      (err: unknown) => {
        deps.log.warn({ err }, 'health check failed: store unreachable');
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"ok":false,"error":"store"}');
      },
    );
  };
}
