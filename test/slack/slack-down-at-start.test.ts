import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../slack-fake/web-api.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';

/**
 * The app started while Slack does not answer (a deploy during a network blip): its check of the bot token at start
 * fails. It must say so once, plainly, and serve people as soon as Slack answers again, without a restart.
 */
const EVERY_ATTEMPT = 4; // the first call and the client's 3 retries
const WARNING = 'Slack did not confirm the bot token at start; each request will ask again';

describe('starting while Slack does not answer', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('warns once at start and answers the first command once Slack is back', async () => {
    const fake = await startFakeSlack();
    fake.failNext('auth.test', { status: 503, times: EVERY_ATTEMPT });
    h = await startHarness({ fake });
    expect(h.logs.filter((line) => line.msg === WARNING)).toHaveLength(1);

    const reply = await h.slack.command('help', { userId: 'U0ALICE', channelId: 'C0SHOP' });

    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toContain('/journey new');
    expect(h.logs.filter((line) => line.msg === 'unhandled rejection')).toEqual([]);
    expect(h.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it('asks Slack who the bot is once, not on every request', async () => {
    h = await startHarness();
    for (const userId of ['U0ALICE', 'U0BOB', 'U0CAROL']) {
      expect((await h.slack.command('help', { userId, channelId: 'C0SHOP' })).status).toBe(200);
    }
    expect(h.fake.calls.filter((call) => call.method === 'auth.test')).toHaveLength(1);
  });
});
