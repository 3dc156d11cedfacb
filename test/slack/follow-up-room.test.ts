import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/app-harness.ts';

const h = useHarness();

/** More follow-ups than the queue lets wait before new requests wait for room, whatever its width meanwhile. */
const FAR_BEHIND = 400;

describe('requests while the follow-ups are far behind', () => {
  it('wait for room before Bolt sees them and are answered once there is room; /healthz answers at once', async () => {
    const release = Promise.withResolvers<void>();
    const blocked = Array.from({ length: FAR_BEHIND }, () => h.deps.followUps.run(() => release.promise));
    let answered = false;
    const reply = h.slack.command('help', { userId: 'U0ALICE', channelId: 'C0SHOP' }).then((answer) => {
      answered = true;
      return answer;
    });
    try {
      const health = await fetch(`${h.baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, followUps: { backlog: FAR_BEHIND } });
      await sleep(200);
      expect(answered).toBe(false);
    } finally {
      release.resolve();
    }
    const answer = await reply;
    expect(answer.status).toBe(200);
    expect((answer.body as { response_type: string }).response_type).toBe('ephemeral');
    await Promise.all(blocked);
    expect(h.deps.followUps.backlog).toBe(0);
  });
});
