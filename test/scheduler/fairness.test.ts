import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { createDigestScheduler } from '../../src/scheduler/digests.ts';
import type { SlackClient } from '../../src/slack/deps.ts';
import { fakeWorkspace } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeMap } from '../support/factories.ts';

const MONDAY_NINE = new Date('2026-11-23T09:05:00.000Z');
const h = useHarness({ now: MONDAY_NINE });

/** A second workspace installs the app: the fake then accepts its own bot token. */
async function installSecondWorkspace(teamId: string): Promise<string> {
  const code = h.fake.authorizationCode({ teamId, teamName: 'Second' });
  const anonymous = new WebClient(undefined, { slackApiUrl: h.fake.apiUrl });
  const access = await anonymous.oauth.v2.access({ client_id: 'id', client_secret: 'secret', code });
  return access.access_token!;
}

/** As Slack reports it: the first successful chat.postMessage made with each token. */
function firstPostIndex(token: string): number {
  return h.fake.calls.findIndex((call) => call.method === 'chat.postMessage' && call.ok && call.token === token);
}

describe('the digest scheduler across workspaces', () => {
  it("posts another workspace's digest while one workspace waits out Slack's Retry-After", async () => {
    const secondToken = await installSecondWorkspace('T0SECOND');
    const busy = makeMap({ teamId: fakeWorkspace.teamId, channelId: 'C0BUSY', stakeholderIds: [] });
    const calm = makeMap({ teamId: 'T0SECOND', channelId: 'C0CALM', stakeholderIds: [] });
    // Listed first: a scheduler that walks maps one by one waits for it before the calm workspace's digest.
    await h.deps.store.maps.create(busy);
    await h.deps.store.maps.create(calm);
    const clients = new Map<string, SlackClient>([
      [busy.teamId, new WebClient(fakeWorkspace.botToken, { slackApiUrl: h.fake.apiUrl }) as SlackClient],
      [calm.teamId, new WebClient(secondToken, { slackApiUrl: h.fake.apiUrl }) as SlackClient],
    ]);
    h.fake.reset();
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 2, token: fakeWorkspace.botToken });

    await createDigestScheduler(h.deps, async (map) => clients.get(map.teamId)!).check();

    const calmPosted = firstPostIndex(secondToken);
    const busyPosted = firstPostIndex(fakeWorkspace.botToken);
    expect(calmPosted).toBeGreaterThanOrEqual(0);
    expect(busyPosted).toBeGreaterThanOrEqual(0);
    expect(calmPosted).toBeLessThan(busyPosted);
    const limited = h.fake.calls.findIndex((call) => call.status === 429);
    expect(limited).toBeGreaterThanOrEqual(0);
    expect(limited).toBeLessThan(calmPosted);
  });
});
