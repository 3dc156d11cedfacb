import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { settle } from '../fuzz/invariants.ts';
import type { SignedClient, Tamper } from '../slack-fake/signed-client.ts';
import { SIGNING_SECRET, useHarness } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, newMapValues, OWNER, TEAM } from '../support/journey-steps.ts';
import { watchStoreWrites } from './store-writes.ts';

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Guarded map', stakeholders: ['U0ANNA'] });
  await settle(h);
});

/** Requests that would each change something if the app believed them. */
function forgeries(client: SignedClient, target: JourneyMap) {
  return {
    'archive command': () => client.command(`archive ${target.name}`, { userId: OWNER, channelId: CHANNEL }),
    'interview command': () => client.command('interview', { userId: 'U0ANNA', channelId: CHANNEL }),
    'new-map submission': () =>
      client.viewSubmission({
        callbackId: 'map_new',
        userId: OWNER,
        values: newMapValues({ name: 'Forged map' }),
        privateMetadata: JSON.stringify({ channelId: CHANNEL }),
      }),
    'stage submission': () =>
      client.viewSubmission({
        callbackId: 'interview_stage',
        userId: 'U0ANNA',
        values: { action: { value: { type: 'plain_text_input', value: 'Forged answer' } } },
        privateMetadata: JSON.stringify({ mapId: target.id, stageIndex: 0 }),
      }),
    'interview button': () => client.blockAction({ actionId: 'interview_start', value: target.id, userId: 'U0ANNA' }),
    'thread reply': () =>
      client.event({
        type: 'message',
        channel: CHANNEL,
        channel_type: 'channel',
        user: 'U0ANNA',
        text: 'obstacle: forged @decision',
        ts: '1700000001.000100',
        thread_ts: target.cardTs,
      }),
    'direct message': () =>
      client.event({ type: 'message', channel: 'D0ANNA', channel_type: 'im', user: 'U0ANNA', text: 'forged' }),
    'home opened': () => client.event({ type: 'app_home_opened', user: 'U0ANNA', channel: 'D0ANNA', tab: 'home' }),
    'url verification': () => client.urlVerification('forged-challenge'),
  };
}

async function expectNothingHappens(send: () => Promise<{ status: number }>[]): Promise<void> {
  const callsBefore = h.fake.calls.length;
  const responsesBefore = h.fake.responses.length;
  const writes = watchStoreWrites(h);
  const replies = await Promise.all(send());
  for (const reply of replies) expect(reply.status).toBe(401);
  await settle(h);
  expect(writes()).toEqual([]);
  expect(h.fake.calls.slice(callsBefore)).toEqual([]);
  expect(h.fake.responses.length).toBe(responsesBefore);
  expect(await h.deps.store.maps.get(TEAM, map.id)).toEqual(map);
  expect(await h.deps.store.maps.find(TEAM, 'Forged map')).toBeUndefined();
  expect(await h.deps.store.contributions.list(TEAM, map.id)).toEqual([]);
}

describe('requests with a bad signature', () => {
  it.each<Tamper>(['wrong-secret', 'stale-timestamp'])(
    'signed with %s: every kind is refused with 401 and changes nothing, calls nothing',
    async (tamper) => {
      const forged = forgeries(h.slack.tampered(tamper), map);
      await expectNothingHappens(() => Object.values(forged).map((send) => send()));
    },
  );

  it('unsigned, or signed for another body, another timestamp or in another case: 401 and nothing', async () => {
    const body = new URLSearchParams({
      team_id: TEAM,
      channel_id: CHANNEL,
      user_id: OWNER,
      command: '/journey',
      text: `archive ${map.name}`,
      response_url: h.fake.responseUrl(),
      trigger_id: '1.2.3',
    }).toString();
    const now = Math.floor(Date.now() / 1000);
    const sign = (timestamp: number, signed: string) =>
      `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${signed}`).digest('hex')}`;
    const post = (headers: Record<string, string>) =>
      fetch(`${h.baseUrl}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    await expectNothingHappens(() => [
      post({}),
      post({ 'x-slack-request-timestamp': String(now) }),
      post({
        'x-slack-request-timestamp': String(now),
        'x-slack-signature': sign(now, body.replace('archive', 'list')),
      }),
      post({ 'x-slack-request-timestamp': String(now), 'x-slack-signature': sign(now - 1, body) }),
      post({ 'x-slack-request-timestamp': String(now), 'x-slack-signature': sign(now, body).toUpperCase() }),
    ]);
  });

  it('still lets the same request through when it is signed right', async () => {
    const reply = await forgeries(h.slack, map)['interview command']();
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toContain('Check your DMs');
  });
});
