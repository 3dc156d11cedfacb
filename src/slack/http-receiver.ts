import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AppOptions,
  AuthorizationError,
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type Logger,
} from '@slack/bolt';
import type { Config } from '../config.ts';
import { slackClientOptions } from './client-options.ts';
import type { Deps } from './deps.ts';
import { OutboxUnavailableError } from './outbox.ts';
import { pingWithin } from './store-ping.ts';

/** Where Slack sends every request (Bolt's default). */
const EVENTS_PATH = '/slack/events';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** The longest a request waits for room among the follow-ups: Slack gives up on an ack at 3 s. */
const ROOM_WAIT_MS = 1_500;
/** A load balancer's probe waits about a second: a hung store must be reported before that, not never. */
const HEALTH_PING_MS = 800;

/**
 * Bolt's HTTP receiver, built here to answer what Bolt cannot process (a payload signed by Slack's secret
 * but missing parts Bolt reads itself) with 400 instead of its default 500. Authorisation failures and errors
 * after an ack keep Bolt's own handling.
 */
export function httpReceiver(config: Config, deps: Deps, oauth: Partial<AppOptions>, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret,
    port: config.port,
    logger,
    ...(oauth as Partial<HTTPReceiverOptions>),
    // What App does for its own receiver: the installer's oauth.v2.access goes to the same Slack API URL.
    ...(oauth.installerOptions && {
      installerOptions: { ...oauth.installerOptions, clientOptions: slackClientOptions(config.slack.apiUrl) },
    }),
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: healthCheck(deps) }],
    processEventErrorHandler: async (args) => {
      if (args.response.headersSent || args.error instanceof AuthorizationError) {
        return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
      }
      if (args.error instanceof OutboxUnavailableError) {
        // Not acknowledged: Slack sends the event again later, when the store may answer.
        deps.log.warn({ err: args.error }, 'event not recorded: left for Slack to retry');
        args.response.writeHead(503).end();
        return true;
      }
      deps.log.warn({ err: args.error }, 'request could not be processed');
      args.response.writeHead(400).end();
      return true;
    },
  });
  readEventsFirst(receiver, deps);
  return receiver;
}

/**
 * Requests to the events path are read here before Bolt sees them, for two reasons. Bolt reads `body.ssl_check`
 * before any handler and outside every try, so a body that is JSON `null` left the request unanswered and a
 * rejection unhandled: such a body is answered 400. And a request waits for room while the follow-ups are far
 * behind, which slows senders down to what the app gets done (Slack sends less while acks are slow).
 */
function readEventsFirst(receiver: HTTPReceiver, deps: Deps): void {
  const boltListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) {
      boltListener(req, res);
      return;
    }
    // Bolt's own reader, with its own limit (4 MB); Bolt then finds the body read and does not read it again.
    HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit).then(
      (buffered) => {
        if (isJsonNull(buffered.rawBody, req.headers['content-type'])) {
          deps.log.warn('request body is null or no JSON');
          res.writeHead(400).end();
          return;
        }
        deps.followUps.room(ROOM_WAIT_MS).then(() => boltListener(buffered, res));
      },
      (err: unknown) => {
        deps.log.warn({ err }, 'request body unreadable');
        res.writeHead(HTTPModuleFunctions.isRawBodyError(err) ? err.statusCode : 400).end();
      },
    );
  };
}

/** The whitespace JSON allows: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const LETTER_N = 0x6e;

/**
 * As Bolt parses a body (a form's `payload` field, else the whole body): JSON that is `null`. A JSON text whose
 * first letter is `n` is `null` or no JSON at all, and Bolt answers 400 to the latter too, so one look at that
 * letter does instead of parsing every body twice.
 */
function isJsonNull(body: Buffer, contentType: string | undefined): boolean {
  if (contentType !== FORM_TYPE) return startsWithN(body);
  const payload = new URLSearchParams(body.toString()).get('payload');
  return payload !== null && startsWithN(Buffer.from(payload));
}

function startsWithN(json: Buffer): boolean {
  let at = 0;
  while (at < json.length && JSON_SPACE.has(json[at]!)) at += 1;
  return json[at] === LETTER_N;
}

/**
 * 200 while the store answers, 503 when it does not: what a load balancer needs to route around an instance.
 * The follow-up backlog and width tell an operator how far behind the instance is; a long backlog alone is no
 * reason to take it out of rotation (the others would only fall behind in its place).
 */
function healthCheck(deps: Deps) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const answer = (status: number, health: Record<string, unknown>) => {
      const followUps = { backlog: deps.followUps.backlog, width: deps.followUps.width };
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ...health, followUps }));
    };
    pingWithin(deps.store, HEALTH_PING_MS).then(
      () => answer(200, { ok: true }),
      (err: unknown) => {
        deps.log.warn({ err }, 'health check failed: store unreachable');
        answer(503, { ok: false, error: 'store', detail: 'storage is unreachable' });
      },
    );
  };
}
