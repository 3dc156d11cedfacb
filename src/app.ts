import type { Server } from 'node:http';
import { App, LogLevel } from '@slack/bolt';
import type { Config } from './config.ts';
import { boltLogger } from './log.ts';
import { createDigestScheduler, type DigestScheduler } from './scheduler/digests.ts';
import { slackClientOptions } from './slack/client-options.ts';
import { markDeliveryFailed } from './slack/delivery.ts';
import type { Deps, SlackClient } from './slack/deps.ts';
import { type ClientSource, clientForTeam } from './slack/flows/team-client.ts';
import { httpReceiver } from './slack/http-receiver.ts';
import { registerListeners } from './slack/listeners/index.ts';
import { dedupeEvents } from './slack/middleware/dedupe-events.ts';
import { eventsAsFollowUps } from './slack/middleware/events-as-follow-ups.ts';
import { dropUnroutablePayloads } from './slack/middleware/unroutable-payloads.ts';
import { oauthAppOptions } from './slack/oauth.ts';
import { journalRequests, type Outbox } from './slack/outbox.ts';
import { type SingleWorkspace, singleWorkspace } from './slack/single-workspace.ts';

export interface JourneyApp {
  readonly bolt: App;
  /** A client for work no request started (digests, replays), authorised for the workspace. */
  clientFor(teamId: string, enterpriseId?: string): Promise<SlackClient>;
  /** The weekly digests: started and stopped with the app; `check()` runs one check now. */
  readonly digests: DigestScheduler;
  /** Starts listening; in HTTP mode resolves with the bound port (PORT=0 picks a free one). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/** Within the 30 s most platforms allow between SIGTERM and SIGKILL, with time left to close the store. */
const FOLLOW_UPS_AT_STOP_MS = 20_000;

/** A Socket Mode app when an app-level token is configured, otherwise an HTTP one. */
function usesSocketMode(config: Config): boolean {
  return Boolean(config.slack.appToken);
}

/**
 * The Bolt app itself, over Socket Mode or our HTTP receiver, with the OAuth install when configured, or else the
 * one workspace's token (`workspace`).
 */
function boltApp(config: Config, deps: Deps, workspace: SingleWorkspace | undefined): App {
  const socketMode = usesSocketMode(config);
  const oauth = oauthAppOptions(config.slack, deps.store.installations, deps.log);
  const logger = boltLogger(deps.log);
  return new App({
    authorize: workspace?.authorize,
    appToken: config.slack.appToken,
    socketMode,
    ...(socketMode
      ? { ...oauth, signingSecret: config.slack.signingSecret }
      : { receiver: httpReceiver(config, deps, oauth, logger) }),
    // Bolt's default in-memory conversation store is unused here and costs every request.
    convoStore: false,
    logger,
    logLevel: deps.log.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO,
    clientOptions: slackClientOptions(config.slack.apiUrl),
  });
}

/** The middleware in the order it must run, every listener, and the log for what a listener throws. */
function wireListeners(bolt: App, deps: Deps): void {
  bolt.use(dropUnroutablePayloads(deps));
  bolt.use(eventsAsFollowUps(deps));
  bolt.use(dedupeEvents(deps));
  registerListeners(bolt, deps);

  bolt.error(async (error) => {
    // Bolt wraps the errors of several listeners in one whose `originals` pino would print as {}.
    const errors = 'originals' in error && Array.isArray(error.originals) ? error.originals : [error];
    for (const err of errors) deps.log.error({ err }, 'unhandled listener error');
    // No listener handled it: the request stays in the outbox and runs again after a pause.
    markDeliveryFailed();
  });
}

interface Jobs {
  digests: DigestScheduler;
  outbox: Outbox;
  workspace: SingleWorkspace | undefined;
}

/**
 * Starts Bolt, then the digests and the outbox's replays; resolves with the bound port in HTTP mode. A bot token
 * Slack does not confirm is reported, not fatal: Slack may be briefly unreachable, and requests ask again.
 */
async function startApp(
  config: Config,
  deps: Deps,
  bolt: App,
  { digests, outbox, workspace }: Jobs,
): Promise<{ port?: number }> {
  const socketMode = usesSocketMode(config);
  const server = await bolt.start(config.port);
  const address = socketMode ? null : (server as Server).address();
  const port = address && typeof address === 'object' ? address.port : undefined;
  deps.log.info({ mode: socketMode ? 'socket' : 'http', port }, 'app started');
  digests.start();
  outbox.start();
  const failed = await workspace?.check();
  if (failed)
    deps.log.warn({ err: failed }, 'Slack did not confirm the bot token at start; each request will ask again');
  return { port };
}

/**
 * Stops the digests and Bolt, then gives acked requests' follow-ups time to finish; what does not finish stays in
 * the outbox for the next instance.
 */
async function stopApp(deps: Deps, bolt: App, { digests, outbox }: Jobs): Promise<void> {
  await digests.stop();
  await bolt.stop();
  // Acked requests are promised their follow-ups (a summary, a confirmation); give them time to finish.
  if (!(await deps.followUps.idle(FOLLOW_UPS_AT_STOP_MS))) {
    deps.log.warn({ backlog: deps.followUps.backlog }, 'stopped with follow-ups unfinished');
  }
  outbox.stop();
}

/** Builds the Bolt app with every listener; never starts itself (main.ts and the tests do). */
export function createApp(config: Config, deps: Deps): JourneyApp {
  // With the OAuth install every workspace's token comes from its installation; a leftover one is ignored.
  const { oauth, botToken } = config.slack;
  const workspace =
    oauth || !botToken
      ? undefined
      : singleWorkspace(botToken, { ...slackClientOptions(config.slack.apiUrl), logger: boltLogger(deps.log) });
  const bolt = boltApp(config, deps, workspace);
  wireListeners(bolt, deps);
  const clients: ClientSource = { bolt, workspace: workspace?.client };
  const clientFor = (teamId: string, enterpriseId?: string) => clientForTeam(clients, deps, teamId, enterpriseId);
  const digests = createDigestScheduler(deps, (map) => clientFor(map.teamId));
  const outbox = journalRequests(bolt, deps, { leaseMs: config.outboxLeaseMs, clientFor });
  const jobs = { digests, outbox, workspace };
  return {
    bolt,
    clientFor,
    digests,
    start: () => startApp(config, deps, bolt, jobs),
    stop: () => stopApp(deps, bolt, jobs),
  };
}
