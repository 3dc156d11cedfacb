import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { BOT_SCOPES } from '../../src/slack/scopes.ts';
import { createSignedClient, type SignedClient } from '../slack-fake/signed-client.ts';
import type { FakeTeam, RecordedCall } from '../slack-fake/web-api.ts';
import { SIGNING_SECRET, startHarness, useHarness } from '../support/app-harness.ts';
import { mapOnceCarded, newMapValues } from '../support/journey-steps.ts';

const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'oauth-client-secret-for-tests',
  SLACK_STATE_SECRET: 'oauth-state-secret-for-tests',
  INSTALLATION_ENCRYPTION_KEY: 'installation-encryption-key-for-tests-0123456789',
};
const ACME: FakeTeam = { teamId: 'T0ACME', teamName: 'Acme & Sons <Retail>' };
const GLOBEX: FakeTeam = { teamId: 'T0GLOBEX', teamName: 'Globex' };
const OWNER = 'U0OWNER';
const STATE_COOKIE = 'slack-app-oauth-state';

const h = useHarness({ env: OAUTH_ENV });

function teamClient(teamId: string): SignedClient {
  return createSignedClient({
    url: `${h.baseUrl}/slack/events`,
    signingSecret: SIGNING_SECRET,
    teamId,
    responseUrls: () => h.fake.responseUrl(),
  });
}

async function startInstall(): Promise<{ response: Response; authorize: URL; state: string }> {
  const response = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
  const authorize = new URL(response.headers.get('location') ?? 'about:blank');
  return { response, authorize, state: authorize.searchParams.get('state') ?? '' };
}

function finishInstall(query: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(`${h.baseUrl}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
}

/** The whole flow as a browser goes through it: our install page, Slack's consent (the fake's code), back to us. */
async function install(team: FakeTeam): Promise<Response> {
  const { state } = await startInstall();
  return finishInstall({ code: h.fake.authorizationCode(team), state }, `${STATE_COOKIE}=${state}`);
}

async function botTokenOf(teamId: string): Promise<string> {
  const installation = await h.deps.store.installations?.find({ teamId, isEnterpriseInstall: false });
  const token = installation?.bot?.token;
  if (!token) throw new Error(`no installation for ${teamId}`);
  return token;
}

function callsSince(from: number, method?: string): RecordedCall[] {
  return h.fake.calls.slice(from).filter((call) => method === undefined || call.method === method);
}

async function createMap(teamId: string, name: string, channel: string): Promise<JourneyMap> {
  const reply = await teamClient(teamId).viewSubmission({
    callbackId: 'map_new',
    userId: OWNER,
    values: newMapValues({ name, channel, stakeholders: [] }),
    privateMetadata: JSON.stringify({ channelId: channel }),
  });
  expect(reply.status).toBe(200);
  return mapOnceCarded(h, teamId, name);
}

describe('the OAuth install', () => {
  it("sends the installer to Slack's consent page with a signed state, also set as a cookie", async () => {
    const { response, authorize, state } = await startInstall();
    expect(response.status).toBe(302);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(new URL('../oauth/v2/authorize', h.fake.apiUrl).href);
    expect(authorize.searchParams.get('client_id')).toBe(OAUTH_ENV.SLACK_CLIENT_ID);
    expect(authorize.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    expect(state.length).toBeGreaterThan(20);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${STATE_COOKIE}=${state}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
  });

  it('exchanges the code, stores the installation sealed, and shows what to do next', async () => {
    const before = h.fake.calls.length;
    const page = await install(ACME);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Journey Bot is installed in Acme &#38; Sons &#60;Retail&#62;');
    expect(html).toContain('/journey new');

    const exchange = callsSince(before, 'oauth.v2.access');
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.args).toMatchObject({ client_id: OAUTH_ENV.SLACK_CLIENT_ID });
    const installation = await h.deps.store.installations?.find({ teamId: ACME.teamId, isEnterpriseInstall: false });
    expect(installation).toMatchObject({ team: { id: ACME.teamId, name: ACME.teamName }, appId: 'A0JOURNEY' });
    expect(installation?.bot?.token).toMatch(/^xoxb-fake-t0acme-/);
    expect(installation?.bot?.scopes?.length).toBeGreaterThan(0);
  });

  it.each([
    ['without the state cookie (another browser)', (state: string) => [{ code: 'x', state }, undefined] as const],
    [
      'with a cookie for another state',
      (state: string) => [{ code: 'x', state }, `${STATE_COOKIE}=${state.slice(0, -4)}abcd`] as const,
    ],
    [
      'with a state signed by someone else',
      () => {
        const forged = forgeState();
        return [{ code: 'x', state: forged }, `${STATE_COOKIE}=${forged}`] as const;
      },
    ],
    ['without a code', (state: string) => [{ state }, `${STATE_COOKIE}=${state}`] as const],
  ])('refuses the redirect %s and stores nothing', async (_case, build) => {
    const { state } = await startInstall();
    const before = h.fake.calls.length;
    const [query, cookie] = build(state);
    const page = await finishInstall(query, cookie);
    expect(page.status).toBe(400);
    expect(callsSince(before, 'oauth.v2.access')).toHaveLength(0);
  });

  it('keeps tokens and OAuth secrets out of the logs', async () => {
    await install(GLOBEX);
    const logged = JSON.stringify(h.logs);
    expect(logged).toContain('workspace installed the app');
    for (const secret of [
      await botTokenOf(ACME.teamId),
      await botTokenOf(GLOBEX.teamId),
      OAUTH_ENV.SLACK_CLIENT_SECRET,
      OAUTH_ENV.SLACK_STATE_SECRET,
      OAUTH_ENV.INSTALLATION_ENCRYPTION_KEY,
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});

describe('several workspaces on one app', () => {
  let acmeMap: JourneyMap;

  beforeAll(async () => {
    if (!(await h.deps.store.installations?.find({ teamId: GLOBEX.teamId, isEnterpriseInstall: false }))) {
      await install(GLOBEX);
    }
    if (!(await h.deps.store.installations?.find({ teamId: ACME.teamId, isEnterpriseInstall: false }))) {
      await install(ACME);
    }
    acmeMap = await createMap(ACME.teamId, 'Acme checkout', 'C0ACME');
  });

  it("answers each workspace with that workspace's own bot token", async () => {
    const acmeToken = await botTokenOf(ACME.teamId);
    const globexToken = await botTokenOf(GLOBEX.teamId);
    expect(acmeToken).not.toBe(globexToken);

    const before = h.fake.calls.length;
    await createMap(GLOBEX.teamId, 'Globex onboarding', 'C0GLOBEX');
    const globexCalls = callsSince(before);
    expect(globexCalls.length).toBeGreaterThan(0);
    expect(new Set(globexCalls.map((call) => call.token))).toEqual(new Set([globexToken]));

    const acmeCalls = h.fake.calls.filter(
      (call) => call.method === 'chat.postMessage' && call.args.channel === 'C0ACME',
    );
    expect(acmeCalls.length).toBeGreaterThan(0);
    expect(new Set(acmeCalls.map((call) => call.token))).toEqual(new Set([acmeToken]));

    const beforeModal = h.fake.calls.length;
    await teamClient(ACME.teamId).command('new', { userId: OWNER, channelId: 'C0ACME' });
    await vi.waitFor(() => expect(callsSince(beforeModal, 'views.open')).toHaveLength(1));
    expect(callsSince(beforeModal, 'views.open')[0]!.token).toBe(acmeToken);
  });

  it("never shows one workspace another's maps", async () => {
    const list = await teamClient(GLOBEX.teamId).command('list', { userId: OWNER, channelId: 'C0ACME' });
    expect(JSON.stringify(list.body)).not.toContain('Acme checkout');
    expect(JSON.stringify(list.body)).toContain('Globex onboarding');

    const byName = await teamClient(GLOBEX.teamId).command('archive Acme checkout', {
      userId: OWNER,
      channelId: 'C0GLOBEX',
    });
    expect(JSON.stringify(byName.body)).toContain("couldn't find a map called");

    // Acme's map channel, seen from Globex: no map is bound there for Globex.
    const here = await teamClient(GLOBEX.teamId).command('archive', { userId: OWNER, channelId: 'C0ACME' });
    expect(JSON.stringify(here.body)).toContain("There's no map bound to this channel");
    expect((await h.deps.store.maps.get(ACME.teamId, acmeMap.id))?.archivedAt).toBeUndefined();

    // Events too: the same person's App Home in Globex lists Globex's maps only, published with Globex's token.
    const before = h.fake.calls.length;
    await teamClient(GLOBEX.teamId).event({ type: 'app_home_opened', user: OWNER, channel: 'D0OWNER', tab: 'home' });
    await vi.waitFor(() => expect(callsSince(before, 'views.publish')).toHaveLength(1));
    const published = callsSince(before, 'views.publish')[0]!;
    expect(published.token).toBe(await botTokenOf(GLOBEX.teamId));
    expect(JSON.stringify(published.args)).toContain('Globex onboarding');
    expect(JSON.stringify(published.args)).not.toContain('Acme checkout');
  });

  it("never lets one workspace change another's map, even by its id and as the same user", async () => {
    const before = h.fake.calls.length;
    const reply = await teamClient(GLOBEX.teamId).command(`archive ${acmeMap.id}`, {
      userId: acmeMap.ownerId,
      channelId: acmeMap.channelId,
    });
    expect(JSON.stringify(reply.body)).toContain("couldn't find a map called");
    expect((await h.deps.store.maps.get(ACME.teamId, acmeMap.id))?.archivedAt).toBeUndefined();
    expect(callsSince(before, 'chat.update')).toEqual([]);
  });

  it('ignores a workspace that never installed the app', async () => {
    const before = h.fake.calls.length;
    const reply = await teamClient('T0STRANGER').command('new Stolen', { userId: OWNER, channelId: 'C0ACME' });
    expect(reply).toEqual({ status: 200, body: '' });
    expect(h.fake.calls.slice(before)).toEqual([]);
  });

  it('gives background work a client authorised for the right workspace', async () => {
    const acme = await h.app.clientFor(ACME.teamId);
    const globex = await h.app.clientFor(GLOBEX.teamId);
    expect(await acme.auth.test()).toMatchObject({ team_id: ACME.teamId });
    expect(await globex.auth.test()).toMatchObject({ team_id: GLOBEX.teamId });
    expect(h.fake.lastCall('auth.test')?.token).toBe(await botTokenOf(GLOBEX.teamId));
    await expect(h.app.clientFor('T0STRANGER')).rejects.toThrow('not installed in team T0STRANGER');
  });

  it('finds the token of an org-wide install through the enterprise', async () => {
    const org: FakeTeam = {
      teamId: 'T0INITECH',
      teamName: 'Initech',
      enterpriseId: 'E0INITECH',
      isEnterpriseInstall: true,
    };
    const page = await install(org);
    expect(page.status).toBe(200);
    const client = await h.app.clientFor('T0INITECHSALES', 'E0INITECH');
    expect(await client.auth.test()).toMatchObject({ enterprise_id: 'E0INITECH', is_enterprise_install: true });
  });
});

describe('uninstalling', () => {
  it('forgets the installation on app_uninstalled and purges the workspace data', async () => {
    const wayne: FakeTeam = { teamId: 'T0WAYNE', teamName: 'Wayne' };
    await install(wayne);
    const map = await createMap(wayne.teamId, 'Wayne visitors', 'C0WAYNE');
    const reply = await teamClient(wayne.teamId).event({ type: 'app_uninstalled' });
    expect(reply.status).toBe(200);
    await vi.waitFor(async () =>
      expect(
        await h.deps.store.installations?.find({ teamId: wayne.teamId, isEnterpriseInstall: false }),
      ).toBeUndefined(),
    );
    await expect(h.app.clientFor(wayne.teamId)).rejects.toThrow('not installed');
    await vi.waitFor(async () => expect(await h.deps.store.maps.get(wayne.teamId, map.id)).toBeUndefined());
    expect(await h.deps.store.maps.list(wayne.teamId)).toEqual([]);
  });
});

describe('a single workspace (no OAuth settings)', () => {
  it('serves no install pages and hands background work the bot token client', async () => {
    const single = await startHarness();
    try {
      expect(single.deps.store.installations).toBeUndefined();
      expect((await fetch(`${single.baseUrl}/slack/install`, { redirect: 'manual' })).status).toBe(404);
      const client = await single.app.clientFor('T0JOURNEY');
      expect(client).toBe(await single.app.clientFor('T0OTHERTEAM'));
      expect(await client.auth.test()).toMatchObject({ team_id: 'T0JOURNEY' });
    } finally {
      await single.stop();
    }
  });
});

/** A state shaped like Bolt's (a JWT) but signed with a secret that is not the app's. */
function forgeState(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ installOptions: { scopes: [] }, now: new Date().toJSON() })}`;
  return `${body}.${createHmac('sha256', 'not-the-state-secret').update(body).digest('base64url')}`;
}
