import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackUser } from '../support/slack-users.ts';
import { dmChannelId, fakeWorkspace } from './ids.ts';
import { newTriggerId, TRIGGER_LIFETIME_MS, triggerIssuedAt } from './signed-client.ts';
import { silentLogger } from './silent-logger.ts';
import { type FakeSlack, startFakeSlack } from './web-api.ts';

const { WebClient } = webApi;

let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.users.clear();
  fake.channels.clear();
});

/** The real Slack WebClient, pointed at the fake the way the app points it with SLACK_API_URL. */
function slackClient(options: webApi.WebClientOptions = {}, token: string = fakeWorkspace.botToken) {
  return new WebClient(token, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    logger: silentLogger,
    ...options,
  });
}

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(new URL(path, fake.apiUrl), { method: 'POST', body, headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as SlackAnswer };
}

type SlackAnswer = { ok: boolean; error?: string };

const bearer = { authorization: `Bearer ${fakeWorkspace.botToken}` };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('authentication and routing', () => {
  it('answers an unknown method with unknown_method and records the call', async () => {
    const reply = await post('journey.explode', '', bearer);
    expect(reply).toMatchObject({ status: 200, body: { ok: false, error: 'unknown_method' } });
    expect(fake.lastCall('journey.explode')).toMatchObject({ ok: false, error: 'unknown_method' });
  });

  it.each([
    { name: 'no token', token: '', error: 'not_authed' },
    { name: 'a wrong token', token: 'xoxb-not-ours', error: 'invalid_auth' },
  ])('rejects $name', async ({ token, error }) => {
    await expect(slackClient({}, token).auth.test()).rejects.toMatchObject({ data: { ok: false, error } });
  });

  it('accepts the token as a form field and a JSON body with a bearer token', async () => {
    const formReply = await post('chat.postMessage', `token=${fakeWorkspace.botToken}&channel=C0MAPS&text=hello`, form);
    const jsonReply = await post('chat.postMessage', JSON.stringify({ channel: 'C0MAPS', blocks: [section('hi')] }), {
      ...bearer,
      'content-type': 'application/json; charset=utf-8',
    });
    expect([formReply.body.ok, jsonReply.body.ok]).toEqual([true, true]);
    expect(fake.callsTo('chat.postMessage').map((call) => call.args)).toEqual([
      { channel: 'C0MAPS', text: 'hello' },
      { channel: 'C0MAPS', blocks: [section('hi')] },
    ]);
  });

  it('answers auth.test and team.info for the configured workspace', async () => {
    const other = await startFakeSlack({ botToken: 'xoxb-other', teamId: 'T0OTHER', botUserId: 'U0OTHERBOT' });
    try {
      const client = new WebClient('xoxb-other', { slackApiUrl: other.apiUrl, logger: silentLogger });
      expect(await client.auth.test()).toMatchObject({ team_id: 'T0OTHER', user_id: 'U0OTHERBOT' });
      expect(await client.team.info()).toMatchObject({ team: { id: 'T0OTHER' } });
    } finally {
      await other.close();
    }
  });
});

describe('messages', () => {
  it('records what WebClient sent with JSON fields parsed and the token left out', async () => {
    const blocks = [section('*Checkout* journey')];
    await slackClient().chat.postMessage({ channel: 'C0MAPS', text: 'Checkout journey', blocks });
    const call = fake.lastCall('chat.postMessage');
    expect(call).toMatchObject({
      ok: true,
      status: 200,
      args: { channel: 'C0MAPS', text: 'Checkout journey', blocks },
    });
    expect(call?.args).not.toHaveProperty('token');
  });

  it('keeps the flags that make Slack parse mentions so tests can forbid them', async () => {
    const client = slackClient();
    await client.chat.postMessage({ channel: 'C0MAPS', text: 'safe', unfurl_links: false, unfurl_media: false });
    await client.chat.postMessage({ channel: 'C0MAPS', text: '@here', link_names: true, parse: 'full' });
    expect(fake.messages('C0MAPS').map((message) => message.options)).toEqual([
      { unfurl_links: false, unfurl_media: false },
      { link_names: true, parse: 'full' },
    ]);
  });

  it('tracks a post, its edit, a thread reply, a permalink and a delete', async () => {
    const client = slackClient();
    const card = await client.chat.postMessage({ channel: 'C0MAPS', text: 'Map card v1' });
    const ts = String(card.ts);
    await client.chat.update({ channel: 'C0MAPS', ts, text: 'Map card v2', blocks: [section('v2')] });
    const reply = await client.chat.postMessage({ channel: 'C0MAPS', thread_ts: ts, text: 'Got it: touchpoint' });
    const link = await client.chat.getPermalink({ channel: 'C0MAPS', message_ts: String(reply.ts) });

    expect(fake.messages('C0MAPS')).toMatchObject([
      { ts, text: 'Map card v2', blocks: [section('v2')], user: fakeWorkspace.botUserId, edited: {} },
      { ts: reply.ts, thread_ts: ts, text: 'Got it: touchpoint' },
    ]);
    expect(link.permalink).toBe(
      `https://${fakeWorkspace.teamDomain}.slack.com/archives/C0MAPS/p${String(reply.ts).replace('.', '')}?thread_ts=${ts}&cid=C0MAPS`,
    );

    await client.chat.delete({ channel: 'C0MAPS', ts: String(reply.ts) });
    expect(fake.messages('C0MAPS').map((message) => message.text)).toEqual(['Map card v2']);
  });

  it('posts to a user id into the bot DM with that user', async () => {
    const sent = await slackClient().chat.postMessage({ channel: 'U0ALICE', text: 'Your interview is ready' });
    expect(sent.channel).toBe(dmChannelId('U0ALICE'));
    expect(fake.messages(dmChannelId('U0ALICE'))).toHaveLength(1);
  });

  it('keeps ephemeral messages apart from the channel history', async () => {
    await slackClient().chat.postEphemeral({ channel: 'C0MAPS', user: 'U0ALICE', text: 'Only you can see this' });
    expect(fake.ephemerals('C0MAPS')).toMatchObject([{ user: 'U0ALICE', text: 'Only you can see this' }]);
    expect(fake.messages('C0MAPS')).toEqual([]);
  });

  const rejected: { name: string; method: string; args: Record<string, unknown>; error: string }[] = [
    {
      name: 'a post without text or blocks',
      method: 'chat.postMessage',
      args: { channel: 'C0MAPS' },
      error: 'no_text',
    },
    {
      name: 'text over 40,000 characters',
      method: 'chat.postMessage',
      args: { channel: 'C0MAPS', text: 'x'.repeat(40_001) },
      error: 'msg_too_long',
    },
    {
      name: 'invalid blocks',
      method: 'chat.postMessage',
      args: { channel: 'C0MAPS', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }] },
      error: 'invalid_blocks',
    },
    { name: 'a missing channel', method: 'chat.postMessage', args: { text: 'hi' }, error: 'channel_not_found' },
    {
      name: 'a channel name',
      method: 'chat.postMessage',
      args: { channel: '#general', text: 'hi' },
      error: 'channel_not_found',
    },
    {
      name: 'an update of an unknown ts',
      method: 'chat.update',
      args: { channel: 'C0MAPS', ts: '1.000001', text: 'x' },
      error: 'message_not_found',
    },
    {
      name: 'an ephemeral without user',
      method: 'chat.postEphemeral',
      args: { channel: 'C0MAPS', text: 'x' },
      error: 'user_not_found',
    },
  ];

  it.each(rejected)('rejects $name', async ({ method, args, error }) => {
    await expect(slackClient().apiCall(method, args)).rejects.toMatchObject({ data: { ok: false, error } });
    expect(fake.lastCall(method)).toMatchObject({ ok: false, error });
    expect(fake.messages()).toEqual([]);
  });

  it('lists the block problems in response_metadata.messages', async () => {
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }];
    await expect(slackClient().chat.postMessage({ channel: 'C0MAPS', text: 'x', blocks })).rejects.toMatchObject({
      data: {
        error: 'invalid_blocks',
        response_metadata: { messages: ['[ERROR] must be at most 150 characters [json-pointer:/blocks/0/text/text]'] },
      },
    });
  });

  it('refuses a channel the bot is not in, and edits of messages the bot did not write', async () => {
    fake.channels.set('C0PRIVATE', { name: 'secret', is_private: true, is_member: false });
    const human = fake.addUserMessage({ channel: 'C0MAPS', user: 'U0ALICE', text: 'mine' });
    const client = slackClient();
    await expect(client.chat.postMessage({ channel: 'C0PRIVATE', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'not_in_channel' },
    });
    await expect(client.chat.update({ channel: 'C0MAPS', ts: human.ts, text: 'yours' })).rejects.toMatchObject({
      data: { error: 'cant_update_message' },
    });
  });
});

describe('injected failures', () => {
  it('answers 429 with the Retry-After header', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const reply = await post('chat.postMessage', 'channel=C0MAPS&text=hi', { ...bearer, ...form });
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.body).toEqual({ ok: false, error: 'ratelimited' });
    expect(fake.lastCall('chat.postMessage')).toMatchObject({ status: 429, ok: false, error: 'ratelimited' });
  });

  it('lets WebClient read the Retry-After value', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const client = slackClient({ rejectRateLimitedCalls: true });
    await expect(client.chat.postMessage({ channel: 'C0MAPS', text: 'hi' })).rejects.toMatchObject({
      code: webApi.ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
  });

  it('lets WebClient retry after the wait and succeed', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const client = slackClient({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    await client.chat.postMessage({ channel: 'C0MAPS', text: 'hi' });
    expect(fake.callsTo('chat.postMessage').map((call) => call.status)).toEqual([429, 200]);
    expect(fake.messages('C0MAPS')).toHaveLength(1);
  });

  it('answers a 5xx with that status', async () => {
    fake.failNext('views.open', { status: 503 });
    await expect(
      slackClient().views.open({
        trigger_id: 't',
        view: { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] },
      }),
    ).rejects.toMatchObject({
      code: webApi.ErrorCode.HTTPError,
      statusCode: 503,
    });
  });

  it('answers ok:false errors for as many calls as asked, then recovers', async () => {
    fake.failNext('users.info', { error: 'fatal_error', times: 2 });
    const client = slackClient();
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      outcomes.push(
        await client.users.info({ user: 'U0ALICE' }).then(
          (reply) => reply.ok,
          (error) => error.data.error,
        ),
      );
    }
    expect(outcomes).toEqual(['fatal_error', 'fatal_error', true]);
  });
});

describe('users and conversations', () => {
  it('answers users.info from the users map with the zone offset and status', async () => {
    fake.users.set('U0PRIYA', {
      tz: 'Asia/Kolkata',
      real_name: 'Priya',
      profile: { status_text: 'On holiday', status_emoji: ':palm_tree:', status_expiration: 1_800_000_000 },
    });
    const { user } = await slackClient().users.info({ user: 'U0PRIYA' });
    expect(user).toMatchObject({
      id: 'U0PRIYA',
      real_name: 'Priya',
      tz: 'Asia/Kolkata',
      tz_offset: 19_800,
      profile: { status_text: 'On holiday', status_emoji: ':palm_tree:', status_expiration: 1_800_000_000 },
    });
  });

  it('treats users nobody set up as UTC users without status, and rejects non-user ids', async () => {
    const client = slackClient();
    expect((await client.users.info({ user: 'U0NOBODY' })).user).toMatchObject({ tz: 'UTC', tz_offset: 0 });
    await expect(client.users.info({ user: 'C0MAPS' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
  });

  it('opens a DM whose id tests can predict', async () => {
    const client = slackClient();
    expect((await client.conversations.open({ users: 'U0ALICE' })).channel?.id).toBe(dmChannelId('U0ALICE'));
    await expect(client.apiCall('conversations.open', {})).rejects.toMatchObject({
      data: { error: 'users_list_not_supplied' },
    });
  });

  it('describes channels from the channels map', async () => {
    fake.channels.set('C0MAPS', { name: 'journey-maps' });
    const { channel } = await slackClient().conversations.info({ channel: 'C0MAPS' });
    expect(channel).toMatchObject({ id: 'C0MAPS', name: 'journey-maps', is_member: true, is_im: false });
  });
});

describe('views', () => {
  const modal = (title = 'New journey map') => ({
    type: 'modal' as const,
    callback_id: 'new_map',
    title: { type: 'plain_text' as const, text: title },
    blocks: [section('Tell us about the journey')],
  });

  it('opens a modal once per trigger_id', async () => {
    const client = slackClient();
    const opened = await client.views.open({ trigger_id: 'trigger-1', view: modal() });
    expect(fake.views()).toMatchObject([{ id: opened.view?.id, type: 'modal', view: { callback_id: 'new_map' } }]);
    await expect(client.views.open({ trigger_id: 'trigger-1', view: modal() })).rejects.toMatchObject({
      data: { error: 'exchanged_trigger_id' },
    });
  });

  it('refuses a trigger_id more than 3 seconds old with expired_trigger_id, as Slack does', async () => {
    const client = slackClient();
    const stale = newTriggerId(Date.now() - TRIGGER_LIFETIME_MS - 100);
    await expect(client.views.open({ trigger_id: stale, view: modal() })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    expect(fake.views()).toEqual([]);
    const fresh = await client.views.open({ trigger_id: newTriggerId(Date.now() - 1_000), view: modal() });
    expect(fresh.ok).toBe(true);
    // Ids that carry no issue time (what tests pass by hand) never expire.
    expect(triggerIssuedAt('trigger-9')).toBeUndefined();
    expect(triggerIssuedAt('1.2.3')).toBeUndefined();
    expect((await client.views.open({ trigger_id: 'trigger-9', view: modal() })).ok).toBe(true);
  });

  it('rejects an invalid view and a missing trigger_id with invalid_arguments', async () => {
    const client = slackClient();
    await expect(client.views.open({ trigger_id: 'trigger-2', view: modal('x'.repeat(25)) })).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] must be at most 24 characters [json-pointer:/view/title/text]'] },
      },
    });
    await expect(client.apiCall('views.open', { view: modal() })).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] missing required field: trigger_id'] },
      },
    });
  });

  it('updates a view by id, refusing a stale hash', async () => {
    const client = slackClient();
    const opened = await client.views.open({ trigger_id: 'trigger-3', view: modal() });
    const viewId = String(opened.view?.id);
    const updated = await client.views.update({ view_id: viewId, hash: opened.view?.hash, view: modal('Step 2') });
    expect(updated.view?.id).toBe(viewId);
    expect(fake.views()[0]?.view).toMatchObject({ title: { text: 'Step 2' } });
    await expect(
      client.views.update({ view_id: viewId, hash: opened.view?.hash, view: modal() }),
    ).rejects.toMatchObject({
      data: { error: 'hash_conflict' },
    });
    await expect(client.views.update({ view_id: 'V0UNKNOWN', view: modal() })).rejects.toMatchObject({
      data: { error: 'not_found' },
    });
  });

  it('pushes a view on top of a modal', async () => {
    const pushed = await slackClient().views.push({ trigger_id: 'trigger-4', view: modal('Edit stage') });
    expect(fake.views().map((stored) => stored.id)).toEqual([pushed.view?.id]);
  });

  it('publishes one Home tab per user, keeping its id across publishes', async () => {
    const client = slackClient();
    const home = (text: string) => ({ type: 'home' as const, blocks: [section(text)] });
    const first = await client.views.publish({ user_id: 'U0ALICE', view: home('No maps yet') });
    const second = await client.views.publish({ user_id: 'U0ALICE', view: home('1 map') });
    expect(second.view?.id).toBe(first.view?.id);
    expect(fake.homeTab('U0ALICE')?.view.blocks).toEqual([section('1 map')]);
    await expect(client.apiCall('views.publish', { view: home('x') })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
    await expect(client.views.publish({ user_id: 'U0ALICE', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });
});

describe('reactions', () => {
  it('adds and removes the bot reaction on a person message', async () => {
    const message = fake.addUserMessage({ channel: 'C0MAPS', user: 'U0ALICE', text: 'touchpoint: webinar' });
    const client = slackClient();
    const target = { channel: 'C0MAPS', timestamp: message.ts, name: 'white_check_mark' };
    await client.reactions.add(target);
    expect(fake.messages('C0MAPS')[0]?.reactions).toEqual(['white_check_mark']);
    await expect(client.reactions.add(target)).rejects.toMatchObject({ data: { error: 'already_reacted' } });
    await client.reactions.remove(target);
    await expect(client.reactions.remove(target)).rejects.toMatchObject({ data: { error: 'no_reaction' } });
    await expect(client.reactions.add({ ...target, timestamp: '1.000001' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });
});

describe('file uploads', () => {
  it('takes the bytes WebClient uploads and shares the file in the thread', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const card = fake.addUserMessage({ channel: 'C0MAPS', user: 'U0ALICE', text: 'map please' });
    await slackClient().filesUploadV2({
      channel_id: 'C0MAPS',
      thread_ts: card.ts,
      initial_comment: 'Here is the map',
      file: png,
      filename: 'journey.png',
      title: 'Checkout journey',
    });
    const [file] = fake.files();
    expect(file).toMatchObject({
      filename: 'journey.png',
      title: 'Checkout journey',
      completed: true,
      channel_id: 'C0MAPS',
      thread_ts: card.ts,
      initial_comment: 'Here is the map',
    });
    expect(file?.bytes?.equals(png)).toBe(true);
    expect(fake.messages('C0MAPS')[1]).toMatchObject({
      thread_ts: card.ts,
      text: 'Here is the map',
      files: [file?.id],
    });
  });

  it('refuses to complete an upload whose bytes never arrived', async () => {
    const client = slackClient();
    const { file_id: id } = await client.files.getUploadURLExternal({ filename: 'map.png', length: 10 });
    await expect(
      client.files.completeUploadExternal({ files: [{ id: String(id) }], channel_id: 'C0MAPS' }),
    ).rejects.toMatchObject({ data: { error: 'file_not_found' } });
    expect(fake.messages()).toEqual([]);
  });
});

describe('response_url', () => {
  async function respond(url: string, body: unknown) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as SlackAnswer };
  }

  it('accepts five posts and refuses the sixth, as Slack does', async () => {
    const url = fake.responseUrl('cmd-1');
    const statuses = [];
    for (let post = 1; post <= 6; post++) statuses.push((await respond(url, { text: `reply ${post}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(fake.responses.map((response) => response.error)).toEqual([...Array(5).fill(undefined), 'used_url']);
    expect(fake.responses[0]).toMatchObject({ id: 'cmd-1', body: { text: 'reply 1' }, ok: true });
  });

  it('refuses urls it never issued, invalid blocks and empty replies', async () => {
    const url = fake.responseUrl();
    expect(await respond(`${fake.apiUrl.replace('/api/', '')}/response/R0NEVER`, { text: 'x' })).toEqual({
      status: 404,
      body: { ok: false, error: 'expired_url' },
    });
    expect((await respond(url, { blocks: [{ type: 'nonsense' }] })).body.error).toBe('invalid_blocks');
    expect((await respond(url, { response_type: 'ephemeral' })).body.error).toBe('no_text');
    expect((await respond(url, { delete_original: true })).status).toBe(200);
  });
});

describe('installation', () => {
  it('exchanges an OAuth code once, without a token', async () => {
    const client = new WebClient(undefined, { slackApiUrl: fake.apiUrl, logger: silentLogger });
    const exchange = { client_id: 'client', client_secret: 'secret', code: 'code-1' };
    expect(await client.oauth.v2.access(exchange)).toMatchObject({
      access_token: fakeWorkspace.botToken,
      bot_user_id: fakeWorkspace.botUserId,
      team: { id: fakeWorkspace.teamId },
    });
    await expect(client.oauth.v2.access(exchange)).rejects.toMatchObject({ data: { error: 'invalid_code' } });
  });
});

describe('kill on a call', () => {
  const postMessage = (text: string, headers: Record<string, string> = {}) =>
    fetch(new URL('chat.postMessage', fake.apiUrl), {
      method: 'POST',
      body: JSON.stringify({ channel: 'C0KILL', text }),
      headers: { ...bearer, 'content-type': 'application/json', ...headers },
    });
  const counted = { 'x-counted': '1' };
  const isCounted = (request: { headers: Record<string, unknown> }) => request.headers['x-counted'] === '1';

  it('kills before acting on the Nth counted call: it never happened and no answer comes', async () => {
    const killed: string[] = [];
    const fired = fake.killOnCall({ nth: 2, moment: 'before', counts: isCounted, kill: () => killed.push('app') });
    expect((await postMessage('not counted')).status).toBe(200);
    expect((await postMessage('first', counted)).status).toBe(200);
    await expect(postMessage('second', counted)).rejects.toThrow();
    expect(await fired).toMatchObject({ method: 'chat.postMessage', args: { text: 'second' }, moment: 'before' });
    expect(killed).toEqual(['app']);
    expect(fake.messages('C0KILL').map((message) => message.text)).toEqual(['not counted', 'first']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('kills after acting on the call, before answering: the effect is there, the app never learns', async () => {
    const fired = fake.killOnCall({ nth: 1, moment: 'after', kill: () => undefined });
    await expect(postMessage('done but unanswered')).rejects.toThrow();
    expect((await fired).moment).toBe('after');
    expect(fake.messages('C0KILL').map((message) => message.text)).toEqual(['done but unanswered']);
    expect(fake.lastCall('chat.postMessage')).toMatchObject({ ok: true });
  });

  it('kills a moment after answering, and not at all once disarmed', async () => {
    const killedAt: number[] = [];
    const fired = fake.killOnCall({ nth: 1, moment: 'answered', answeredDelayMs: 50, kill: () => killedAt.push(1) });
    expect((await postMessage('answered')).status).toBe(200);
    await fired;
    expect(killedAt).toEqual([1]);
    void fake.killOnCall({ nth: 1, moment: 'before', kill: () => killedAt.push(2) });
    fake.disarmKill();
    expect((await postMessage('after disarm')).status).toBe(200);
    expect(killedAt).toEqual([1]);
  });
});

describe('reset', () => {
  it('forgets calls, posts, views and failures but keeps users and channels', async () => {
    fake.users.set('U0ALICE', slackUser('Alice'));
    fake.channels.set('C0MAPS', { name: 'maps' });
    const client = slackClient();
    await client.chat.postMessage({ channel: 'C0MAPS', text: 'hi' });
    await client.views.publish({ user_id: 'U0ALICE', view: { type: 'home', blocks: [] } });
    fake.failNext('auth.test', { error: 'fatal_error' });

    fake.reset();

    expect([fake.calls, fake.messages(), fake.views()]).toEqual([[], [], []]);
    expect((await client.auth.test()).ok).toBe(true);
    expect([fake.users.has('U0ALICE'), fake.channels.has('C0MAPS')]).toEqual([true, true]);
  });
});
