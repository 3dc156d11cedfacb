import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, verifySlackRequest } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWorkspace } from './ids.ts';
import { readBody } from './request-body.ts';
import { createSignedClient, type SignedClient } from './signed-client.ts';
import { silentLogger } from './silent-logger.ts';
import { type FakeSlack, startFakeSlack } from './web-api.ts';

const signingSecret = 'test-signing-secret';
const formType = 'application/x-www-form-urlencoded';
const jsonType = 'application/json';
/** Who sends most requests below, and from which channel. */
const ALICE_IN_MAPS = { userId: 'U0ALICE', channelId: 'C0MAPS' };

describe('requests as the app receives them', () => {
  interface Captured {
    headers: IncomingHttpHeaders;
    body: string;
  }
  const captured: Captured[] = [];
  let answer = { status: 200, contentType: '', body: '' };
  let server: Server;
  let client: SignedClient;

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      captured.push({ headers: request.headers, body: (await readBody(request)).toString('utf8') });
      response.writeHead(answer.status, answer.contentType ? { 'content-type': answer.contentType } : {});
      response.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = createSignedClient({
      url: `http://127.0.0.1:${port}/slack/events`,
      signingSecret,
      responseUrls: () => 'http://127.0.0.1:1/response/R1',
    });
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    captured.length = 0;
    answer = { status: 200, contentType: '', body: '' };
  });

  const last = () => {
    const request = captured.at(-1);
    if (!request) throw new Error('no request captured');
    return request;
  };
  const verifyWithBolt = (request: Captured) =>
    verifySlackRequest({
      signingSecret,
      body: request.body,
      headers: {
        'x-slack-signature': String(request.headers['x-slack-signature']),
        'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp']),
      },
    });
  const formFields = (request: Captured) => Object.fromEntries(new URLSearchParams(request.body));
  const interactionPayload = (request: Captured) => JSON.parse(formFields(request).payload ?? '{}');

  const kinds: { name: string; send: (client: SignedClient) => Promise<unknown>; contentType: string }[] = [
    {
      name: 'slash command',
      send: (c) => c.command('new Checkout', ALICE_IN_MAPS),
      contentType: formType,
    },
    {
      name: 'event',
      send: (c) => c.event({ type: 'app_mention', user: 'U0ALICE', channel: 'C0MAPS', text: 'hi' }),
      contentType: jsonType,
    },
    {
      name: 'block action',
      send: (c) => c.blockAction({ actionId: 'undo', ...ALICE_IN_MAPS, messageTs: '1.000100' }),
      contentType: formType,
    },
    {
      name: 'view submission',
      send: (c) => c.viewSubmission({ callbackId: 'new_map', userId: 'U0ALICE', values: {} }),
      contentType: formType,
    },
    {
      name: 'view closed',
      send: (c) => c.viewClosed({ callbackId: 'new_map', userId: 'U0ALICE' }),
      contentType: formType,
    },
    { name: 'url verification', send: (c) => c.urlVerification('challenge-1'), contentType: jsonType },
  ];

  it.each(kinds)("signs a $name so Bolt's own verifier accepts it", async ({ send, contentType }) => {
    await send(client);
    expect(last().headers['content-type']).toBe(contentType);
    expect(() => verifyWithBolt(last())).not.toThrow();
  });

  it.each(kinds)('signs a $name with a wrong secret when tampered', async ({ send }) => {
    await send(client.tampered('wrong-secret'));
    expect(() => verifyWithBolt(last())).toThrow(/signature mismatch/);
  });

  it.each(kinds)('signs a $name with a timestamp older than 5 minutes when tampered', async ({ send }) => {
    await send(client.tampered('stale-timestamp'));
    const age = Date.now() / 1000 - Number(last().headers['x-slack-request-timestamp']);
    expect(age).toBeGreaterThan(5 * 60);
    expect(() => verifyWithBolt(last())).toThrow(/stale/);
  });

  it('sends a slash command with the fields Slack sends', async () => {
    await client.command('new Checkout', { ...ALICE_IN_MAPS, triggerId: 'trigger-1' });
    expect(formFields(last())).toMatchObject({
      command: '/journey',
      text: 'new Checkout',
      team_id: fakeWorkspace.teamId,
      user_id: 'U0ALICE',
      channel_id: 'C0MAPS',
      api_app_id: fakeWorkspace.appId,
      response_url: 'http://127.0.0.1:1/response/R1',
      trigger_id: 'trigger-1',
    });
  });

  it('wraps an event in an event_callback envelope with retry headers', async () => {
    await client.event(
      { type: 'message', user: 'U0ALICE', channel: 'C0MAPS', text: 'touchpoint: webinar', ts: '2.000100' },
      { eventId: 'Ev0001', retryNum: 2, eventTime: 1_700_000_000 },
    );
    const request = last();
    expect(request.headers['x-slack-retry-num']).toBe('2');
    expect(request.headers['x-slack-retry-reason']).toBe('http_timeout');
    expect(JSON.parse(request.body)).toMatchObject({
      type: 'event_callback',
      team_id: fakeWorkspace.teamId,
      api_app_id: fakeWorkspace.appId,
      event_id: 'Ev0001',
      event_time: 1_700_000_000,
      authorizations: [{ team_id: fakeWorkspace.teamId, user_id: fakeWorkspace.botUserId, is_bot: true }],
      event: { type: 'message', text: 'touchpoint: webinar', event_ts: '1700000000.000100' },
    });
  });

  it('sends a message action with its container, response_url and selected option', async () => {
    await client.blockAction({
      actionId: 'pick_stage',
      ...ALICE_IN_MAPS,
      messageTs: '3.000100',
      threadTs: '1.000100',
      selectedOption: { value: 'decision', text: 'Decision' },
    });
    expect(interactionPayload(last())).toMatchObject({
      type: 'block_actions',
      user: { id: 'U0ALICE' },
      container: { type: 'message', channel_id: 'C0MAPS', message_ts: '3.000100', thread_ts: '1.000100' },
      channel: { id: 'C0MAPS' },
      response_url: 'http://127.0.0.1:1/response/R1',
      actions: [
        {
          type: 'static_select',
          action_id: 'pick_stage',
          selected_option: { value: 'decision', text: { type: 'plain_text', text: 'Decision' } },
        },
      ],
    });
  });

  it('sends an action inside a view without a response_url', async () => {
    const view = { id: 'V0HOME', type: 'home' };
    await client.blockAction({ actionId: 'start_interview', value: 'map-1', userId: 'U0ALICE', view });
    const payload = interactionPayload(last());
    expect(payload).toMatchObject({
      container: { type: 'view', view_id: 'V0HOME' },
      view,
      actions: [{ value: 'map-1' }],
    });
    expect(payload).not.toHaveProperty('response_url');
  });

  it('sends a view submission with the state values and private metadata', async () => {
    const values = { name: { value: { type: 'plain_text_input', value: 'Checkout' } } };
    await client.viewSubmission({
      callbackId: 'new_map',
      userId: 'U0ALICE',
      values,
      privateMetadata: '{"c":"C0MAPS"}',
    });
    expect(interactionPayload(last())).toMatchObject({
      type: 'view_submission',
      user: { id: 'U0ALICE' },
      view: { type: 'modal', callback_id: 'new_map', private_metadata: '{"c":"C0MAPS"}', state: { values } },
    });
  });

  it('parses a JSON reply and returns any other reply as text', async () => {
    answer = { status: 200, contentType: 'application/json', body: '{"response_action":"clear"}' };
    expect(await client.viewClosed({ callbackId: 'new_map', userId: 'U0ALICE' })).toEqual({
      status: 200,
      body: { response_action: 'clear' },
    });
    answer = { status: 401, contentType: '', body: '' };
    expect(await client.urlVerification('c')).toEqual({ status: 401, body: '' });
  });
});

describe('requests through a real Bolt app talking to the fake Web API', () => {
  let fake: FakeSlack;
  let app: App;
  let client: SignedClient;
  const seen: Record<string, unknown>[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    app = new App({
      token: fakeWorkspace.botToken,
      signingSecret,
      clientOptions: { slackApiUrl: fake.apiUrl },
      logger: silentLogger,
    });
    app.command('/journey', async ({ ack, command, respond, client: web }) => {
      await ack();
      await respond({ text: `Creating ${command.text}` });
      await web.chat.postMessage({ channel: command.channel_id, text: 'Map card' });
    });
    app.event('app_mention', async ({ event, context }) => {
      seen.push({ text: event.text, retryNum: context.retryNum, retryReason: context.retryReason });
    });
    app.action('undo', async ({ ack, body }) => {
      await ack();
      seen.push({ action: body.type, user: body.user.id });
    });
    app.view('new_map', async ({ ack, view }) => {
      await ack({ response_action: 'errors', errors: { name: `Too short: ${view.state.values.name?.value?.value}` } });
    });
    app.view({ callback_id: 'new_map', type: 'view_closed' }, async ({ ack, body }) => {
      await ack();
      seen.push({ closed: body.view.callback_id });
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    const { port } = server.address() as AddressInfo;
    client = createSignedClient({
      url: `http://127.0.0.1:${port}/slack/events`,
      signingSecret,
      responseUrls: () => fake.responseUrl(),
    });
  });
  afterAll(async () => {
    await app.stop();
    await fake.close();
  });
  beforeEach(() => {
    fake.reset();
    seen.length = 0;
  });

  it('delivers a slash command whose handler replies on the response_url and posts via the Web API', async () => {
    const reply = await client.command('Checkout', ALICE_IN_MAPS);
    expect(reply.status).toBe(200);
    await vi.waitFor(() => expect(fake.messages('C0MAPS')).toHaveLength(1));
    expect(fake.responses).toMatchObject([{ ok: true, body: { text: 'Creating Checkout' } }]);
  });

  it.each(['wrong-secret', 'stale-timestamp'] as const)('answers 401 to a request with a %s', async (tamper) => {
    const reply = await client.tampered(tamper).command('Checkout', ALICE_IN_MAPS);
    expect(reply.status).toBe(401);
    expect(fake.calls).toEqual([]);
  });

  it('exposes the retry headers of an event to the listener', async () => {
    const mention = { type: 'app_mention', user: 'U0ALICE', channel: 'C0MAPS', text: 'hi', ts: '5.000100' };
    expect((await client.event(mention, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    await vi.waitFor(() => expect(seen).toEqual([{ text: 'hi', retryNum: 1, retryReason: 'http_timeout' }]));
  });

  it('routes a block action and a closed view to their listeners', async () => {
    await client.blockAction({ actionId: 'undo', value: 'c-1', ...ALICE_IN_MAPS, messageTs: '6.000100' });
    await client.viewClosed({ callbackId: 'new_map', userId: 'U0ALICE' });
    await vi.waitFor(() => expect(seen).toEqual([{ action: 'block_actions', user: 'U0ALICE' }, { closed: 'new_map' }]));
  });

  it('returns the body a view_submission handler acks with', async () => {
    const values = { name: { value: { type: 'plain_text_input', value: 'ab' } } };
    const reply = await client.viewSubmission({ callbackId: 'new_map', userId: 'U0ALICE', values });
    expect(reply).toEqual({ status: 200, body: { response_action: 'errors', errors: { name: 'Too short: ab' } } });
  });

  it('answers the url_verification challenge', async () => {
    expect(await client.urlVerification('challenge-42')).toEqual({ status: 200, body: { challenge: 'challenge-42' } });
  });
});
