import { afterEach, describe, expect, it, vi } from 'vitest';
import { dmChannelId } from '../slack-fake/ids.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { backendCases, isolatedStoreUrl } from '../support/backends.ts';
import { directMessageEvent } from '../support/direct-messages.ts';
import { type StallingProxy, stallingProxy } from '../support/stalling-proxy.ts';

/**
 * The real app on Redis or PostgreSQL whose connection stops answering mid-run (a hung server, a network
 * partition), then heals: what Slack, a load balancer and a person see meanwhile, and that it recovers by itself.
 */
const OUTAGE = "I can't reach my storage right now, please try again in a minute.";
const servers = (await backendCases()).filter((backend) => backend.name !== 'sqlite');

async function timed<T>(work: Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await work;
  return { answer, ms: performance.now() - started };
}

describe.each(servers)('the app while $name stops answering', ({ name, available }) => {
  let h: Harness | undefined;
  let proxy: StallingProxy | undefined;
  afterEach(async () => {
    proxy?.resume();
    await h?.stop();
    await proxy?.close();
    h = undefined;
  });

  it.skipIf(!available)(
    'answers 503 to health checks within a second, the outage message within 3 s, and recovers without a restart',
    async () => {
      const server = name as 'redis' | 'postgres';
      proxy = await stallingProxy(await isolatedStoreUrl(server, { redisDb: 9, postgresDatabase: 'journey_outage' }));
      h = await startHarness({ storeUrl: proxy.url });
      const health = () => fetch(`${h!.baseUrl}/healthz`).then((response) => response.status);
      expect(await health()).toBe(200);

      proxy.stall();
      const probe = await timed(health());
      expect(probe.answer).toBe(503);
      expect(probe.ms).toBeLessThan(1_000);

      const command = await timed(h.slack.command('list', { userId: 'U0OUTAGE', channelId: 'C0SHOP' }));
      expect(command.ms).toBeLessThan(3_000);
      expect(command.answer.status).toBe(200);
      expect(JSON.stringify(command.answer.body)).toContain(OUTAGE);

      // An event it cannot write down is not acknowledged: Slack keeps it and sends it again.
      const typed = h.fake.addUserMessage({ channel: dmChannelId('U0OUTAGE'), user: 'U0OUTAGE', text: 'hello' });
      const event = await timed(h.slack.event(directMessageEvent(typed), { eventId: 'EvOUTAGE' }));
      expect(event.answer.status).toBe(503);
      expect(event.ms).toBeLessThan(3_000);

      proxy.resume();
      await vi.waitFor(async () => expect(await health()).toBe(200), { timeout: 5_000 });
      const retried = await h.slack.event(directMessageEvent(typed), { eventId: 'EvOUTAGE', retryNum: 1 });
      expect(retried.status).toBe(200);
      await vi.waitFor(() =>
        expect(h!.fake.messages(dmChannelId('U0OUTAGE')).at(-1)?.text).toContain('You have no interview in progress'),
      );
      const after = await h.slack.command('list', { userId: 'U0OUTAGE', channelId: 'C0SHOP' });
      expect(JSON.stringify(after.body)).not.toContain(OUTAGE);
    },
    20_000,
  );
});
