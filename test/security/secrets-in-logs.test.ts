import { describe, expect, it, vi } from 'vitest';
import { botMessages, settle, unfriendlyPart } from '../fuzz/invariants.ts';
import { fakeWorkspace } from '../slack-fake/ids.ts';
import { SIGNING_SECRET, useHarnessPerTest } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, OWNER, readable, submitNewMap } from '../support/journey-steps.ts';

const OPENAI_API_KEY = 'sk-journey-test-openai-key-0123456789';
/** Nothing listens on the discard port: every call there fails at once with ECONNREFUSED. */
const NOWHERE = 'http://127.0.0.1:9';
/** The secrets, and the parts of them that would still give them away when a prefix is cut or redacted. */
const SECRETS = [
  fakeWorkspace.botToken,
  fakeWorkspace.botToken.replace(/^xoxb-/, ''),
  SIGNING_SECRET,
  OPENAI_API_KEY,
  OPENAI_API_KEY.replace(/^sk-/, ''),
];

const startHarnessForTest = useHarnessPerTest();

function leakedSecrets(logs: readonly Record<string, unknown>[]): string[] {
  const written = JSON.stringify(logs);
  return SECRETS.filter((secret) => written.includes(secret));
}

const errorLines = (logs: readonly Record<string, unknown>[]) => logs.filter((line) => (line.level as number) >= 50);

describe('secrets in logs', () => {
  it('never appear, through Slack 5xx, 429, invalid_auth and an unreachable model, at debug level', async () => {
    const h = await startHarnessForTest({ env: { OPENAI_API_KEY, OPENAI_BASE_URL: `${NOWHERE}/v1` } });
    const { fake } = h;
    fake.failNext('chat.postMessage', { status: 500, times: 4 });
    fake.failNext('conversations.open', { error: 'invalid_auth' });
    const first = await submitNewMap(h, { name: 'Failing card', channel: 'C0FAILING' });
    expect(first.status).toBe(200);
    await vi.waitFor(() => expect(h.logs.some((line) => line.msg === 'map card post failed')).toBe(true), {
      timeout: 10_000,
    });

    const map = await createMapThroughModal(h, { name: 'Logged map', stakeholders: ['U0ANNA'] });
    fake.failNext('views.open', { status: 429, retryAfter: 0 });
    fake.failNext('chat.postMessage', { error: 'account_inactive' });
    fake.failNext('chat.update', { error: 'invalid_auth' });
    await h.slack.command('new Retried', { userId: OWNER, channelId: CHANNEL });
    await h.slack.command('interview', { userId: 'U0ANNA', channelId: CHANNEL });
    const inThread = () => fake.messages(CHANNEL).filter((message) => message.thread_ts === map.cardTs).length;
    const before = inThread();
    await h.slack.event({
      type: 'message',
      channel: CHANNEL,
      channel_type: 'channel',
      user: 'U0ANNA',
      text: 'customers complain the checkout asks for an account',
      ts: '1700000003.000100',
      thread_ts: map.cardTs,
    });
    await vi.waitFor(() => expect(inThread()).toBeGreaterThan(before), { timeout: 15_000 });
    const summaryUrl = fake.responseUrl();
    await h.slack.command('summary', { userId: OWNER, channelId: CHANNEL, responseUrl: summaryUrl });
    await vi.waitFor(() => expect(fake.responses.some((post) => summaryUrl.endsWith(post.id))).toBe(true), {
      timeout: 15_000,
    });
    await settle(h, 200, 15_000);

    expect(fake.calls.some((call) => call.status === 500)).toBe(true);
    expect(errorLines(h.logs).length).toBeGreaterThan(0);
    expect(h.logs.some((line) => line.level === 20)).toBe(true);
    expect(leakedSecrets(h.logs)).toEqual([]);
    const unfriendly = botMessages(fake).flatMap(
      (message) => unfriendlyPart(`${message.text}\n${readable(message)}`) ?? [],
    );
    expect(unfriendly).toEqual([]);
  });

  it('never appear when the Slack API cannot be reached at all', async () => {
    const h = await startHarnessForTest({ env: { SLACK_API_URL: `${NOWHERE}/api/` } });
    const reply = await h.slack.command('list', { userId: OWNER, channelId: CHANNEL });
    expect(reply.status).toBeLessThan(500);
    await settle(h, 200, 15_000);
    expect(errorLines(h.logs).length).toBeGreaterThan(0);
    expect(leakedSecrets(h.logs)).toEqual([]);
  });
});
