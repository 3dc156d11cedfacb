import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthenticationError } from 'openai/core/error';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../src/insights/cache.ts';
import { createOpenAIModel } from '../../src/insights/openai.ts';
import { loadPlaybook } from '../../src/insights/playbook-file.ts';
import { createInsights } from '../../src/insights/policy.ts';
import { fold } from '../../src/journey/fold.ts';
import { boltLogger, type createLogger } from '../../src/log.ts';
import { sampleJourney } from '../fixtures/journeys.ts';
import { captureLog } from '../support/log-capture.ts';

const BOT_TOKEN = 'xoxb-1111-2222-botTOKENsecret';
const USER_TOKEN = 'xoxp-3333-4444-userTOKENsecret';
const APP_TOKEN = 'xapp-1-A0B1-5555-appTOKENsecret';
const OPENAI_KEY = 'sk-proj-openaiKEYsecret0123456789';
const CLIENT_SECRET = 'clientSECRETvalue42';
const OPAQUE = 'opaqueVALUEsecret77';
const DB_PASSWORD = 'dbPASSWORDsecret';

/** Every secret, and the parts that would still give one away once a prefix is cut or masked. */
const SECRETS = [BOT_TOKEN, USER_TOKEN, APP_TOKEN, OPENAI_KEY, CLIENT_SECRET, OPAQUE, DB_PASSWORD];
const CORES = ['botTOKENsecret', 'userTOKENsecret', 'appTOKENsecret', 'openaiKEY', 'KEYsecret0123', 'SECRETvalue'];

function leaks(lines: readonly string[]): string[] {
  const written = lines.join('\n');
  return [...SECRETS, ...CORES].filter((secret) => written.includes(secret));
}

/** The shape of a Slack Web API platform error whose cause is the HTTP failure with the request and response. */
function slackError(): Error {
  const response = {
    status: 500,
    headers: { 'content-type': 'application/json' },
    data: { ok: false, error: 'internal_error', echoed: `token=${BOT_TOKEN}&client_secret=${CLIENT_SECRET}` },
    body: `{"client_secret":"${CLIENT_SECRET}","token":"${USER_TOKEN}"}`,
  };
  const cause = Object.assign(new Error(`request failed for ${APP_TOKEN}`), {
    config: { headers: { Authorization: `Bearer ${OPAQUE}` }, data: `client_id=1&client_secret=${CLIENT_SECRET}` },
    response,
  });
  return Object.assign(new Error('An API error occurred: internal_error', { cause }), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error: 'internal_error', response_metadata: { scopes: ['chat:write'], token: OPAQUE } },
  });
}

/** What the OpenAI SDK raises for a rejected key: the message quotes the key, the headers carry it back. */
function openAIError(): Error {
  const headers = new Headers({ 'x-request-id': 'req_1', authorization: `Bearer ${OPENAI_KEY}`, 'x-api-key': OPAQUE });
  const body = {
    message: `Incorrect API key provided: ${OPENAI_KEY}.`,
    type: 'invalid_request_error',
    api_key: OPAQUE,
  };
  return new AuthenticationError(401, body, undefined, headers);
}

describe('errors in logs', () => {
  it('scrub a nested cause whose response body holds Slack tokens and the client secret', () => {
    const { lines, log } = captureLog();
    log.error({ err: slackError() }, 'chat.postMessage failed');
    expect(leaks(lines)).toEqual([]);
    const line = JSON.parse(lines[0]!);
    expect(line.err).toMatchObject({ type: 'Error', code: 'slack_webapi_platform_error' });
    expect(line.err.cause.response.data.error).toBe('internal_error');
    expect(line.err.cause.config.headers.Authorization).toBe('[Redacted]');
  });

  it("scrub an OpenAI error's message, body and headers", () => {
    const { lines, log } = captureLog();
    log.warn({ err: openAIError() }, 'model call failed');
    expect(leaks(lines)).toEqual([]);
    const line = JSON.parse(lines[0]!);
    expect(line.err).toMatchObject({ type: 'AuthenticationError', status: 401 });
    expect(line.err.headers).toMatchObject({ 'x-request-id': 'req_1', authorization: '[Redacted]' });
  });

  it.each([
    ['an `error` field', (log: ReturnType<typeof createLogger>) => log.error({ error: openAIError() }, 'x')],
    ['a nested field', (log: ReturnType<typeof createLogger>) => log.warn({ job: { failure: openAIError() } }, 'x')],
    ['a list', (log: ReturnType<typeof createLogger>) => log.warn({ failures: [openAIError(), slackError()] }, 'x')],
    ['the only argument', (log: ReturnType<typeof createLogger>) => log.error(openAIError())],
    ['a child binding', (log: ReturnType<typeof createLogger>) => log.child({ failed: openAIError() }).info('x')],
    [
      'an AggregateError',
      (log: ReturnType<typeof createLogger>) => log.error({ err: new AggregateError([slackError(), openAIError()]) }),
    ],
  ])('scrub an error in %s, and still write what it says', (_where, write) => {
    const { lines, log } = captureLog();
    write(log);
    expect(lines).toHaveLength(1);
    expect(leaks(lines)).toEqual([]);
    expect(lines[0]).toMatch(/Incorrect API key provided|An API error occurred/);
  });

  it.each([
    ['a database URL', (log: ReturnType<typeof createLogger>) => log.warn(`redis://:${DB_PASSWORD}@cache:6379 down`)],
    ['an interpolated value', (log: ReturnType<typeof createLogger>) => log.warn('call with %o', { k: OPENAI_KEY })],
    ['a null secret field', (log: ReturnType<typeof createLogger>) => log.warn({ token: null, apiKey: 7 }, 'x')],
  ])('scrub %s and keep the line valid JSON', (_where, write) => {
    const { lines, log } = captureLog();
    write(log);
    expect(leaks(lines)).toEqual([]);
    expect(() => JSON.parse(lines[0]!)).not.toThrow();
  });

  it('keep the causes of an AggregateError as nested errors', () => {
    const { lines, log } = captureLog();
    log.error({ err: new AggregateError([slackError(), openAIError()], 'both failed') }, 'x');
    const { err } = JSON.parse(lines[0]!);
    expect(err.errors.map((inner: { type: string }) => inner.type)).toEqual(['Error', 'AuthenticationError']);
  });

  it('write a cyclic error once, with the cycle marked', () => {
    const { lines, log } = captureLog();
    const outer = new Error(`outer ${BOT_TOKEN}`);
    const inner = new Error('inner', { cause: outer });
    Object.assign(outer, { self: outer, related: inner, apiKey: OPENAI_KEY });
    outer.cause = inner;
    log.error({ err: outer }, 'cyclic');
    expect(leaks(lines)).toEqual([]);
    const { err } = JSON.parse(lines[0]!);
    expect(err.self).toBe('[Circular]');
    expect(err.cause.cause).toBe('[Circular]');
  });

  it('cut a very deep chain instead of walking it all', () => {
    const { lines, log } = captureLog();
    let error = new Error(`deepest ${BOT_TOKEN}`);
    for (let level = 0; level < 1_000; level += 1) error = new Error(`level ${level}`, { cause: error });
    log.error({ err: error }, 'deep');
    expect(leaks(lines)).toEqual([]);
    expect(lines[0]).toContain('[Truncated]');
  });

  it('let Bolt log objects through the same scrubbing', () => {
    const { lines, log } = captureLog();
    boltLogger(log).debug('http request', { headers: { Authorization: `Bearer ${OPAQUE}` }, body: { token: OPAQUE } });
    boltLogger(log).error(slackError());
    expect(lines).toHaveLength(2);
    expect(leaks(lines)).toEqual([]);
  });
});

describe('a rejected OpenAI key', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    // Answers like OpenAI does to a bad key: the key in the message, and here also echoed in a header.
    server = createServer((req, res) => {
      const key = String(req.headers.authorization).replace(/^Bearer /, '');
      const error = { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error', code: 'x' };
      res.writeHead(401, { 'content-type': 'application/json', 'x-echo': key }).end(JSON.stringify({ error }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("is scrubbed from the model adapter's failure detail", async () => {
    const model = createOpenAIModel({ apiKey: OPENAI_KEY, baseUrl, model: 'journey-test-model', maxRetries: 0 });
    const result = await model.writeInsight([{ role: 'user', content: 'hello' }]);
    expect(result).toMatchObject({ ok: false, reason: 'api_error' });
    expect(leaks([JSON.stringify(result)])).toEqual([]);
  });

  it('never reaches the log through the fallback warning', async () => {
    const { lines, log } = captureLog();
    const { map, contributions } = sampleJourney('ecommerce');
    const model = { apiKey: OPENAI_KEY, baseUrl, model: 'journey-test-model', maxRetries: 0 };
    const insights = createInsights({ model, playbook: loadPlaybook(), cache: createMemoryCache(), log });
    const summary = await insights.summariseStage(map, fold(map, contributions), map.stages[0]!.id);
    await insights.extract(map.teamId, 'customers complain the checkout asks for an account', map.stages);
    expect(summary.fallbackReason).toBe('api_error');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual([
      'model summary failed, rules used',
      'model extraction failed, rules used',
    ]);
    expect(leaks(lines)).toEqual([]);
    expect(JSON.parse(lines[0]!).detail).toContain('Incorrect API key provided');
  });
});
