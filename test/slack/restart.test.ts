import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { interviewSessionSchema } from '../../src/interview/index.ts';
import { fold } from '../../src/journey/fold.ts';
import { openStore } from '../../src/store/index.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { createSignedClient, type SignedClient } from '../slack-fake/signed-client.ts';
import { type FakeSlack, startFakeSlack } from '../slack-fake/web-api.ts';
import { SIGNING_SECRET } from '../support/app-harness.ts';
import { type AppProcess, startAppProcess } from '../support/app-process.ts';
import { tempSqliteUrl } from '../support/backends.ts';
import { buttonValue, lastDm, newMapValues, readable, TEAM } from '../support/journey-steps.ts';

let fake: FakeSlack;
const storeUrl = tempSqliteUrl();
let app: AppProcess;

function clientFor(process: AppProcess): SignedClient {
  return createSignedClient({
    url: `${process.baseUrl}/slack/events`,
    signingSecret: SIGNING_SECRET,
    responseUrls: () => fake.responseUrl(),
  });
}

async function start(): Promise<SignedClient> {
  app = await startAppProcess({ SLACK_API_URL: fake.apiUrl, STORE_URL: storeUrl });
  return clientFor(app);
}

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await app?.kill('SIGKILL');
  await fake.close();
});

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

describe('an interview across a SIGKILL', () => {
  it('continues exactly where it was, with every acknowledged answer in the map', async () => {
    let slack = await start();
    await slack.viewSubmission({
      callbackId: 'map_new',
      userId: 'U0OWNER',
      values: newMapValues({ name: 'Durable map', stakeholders: ['U0ANNA'] }),
      privateMetadata: JSON.stringify({ channelId: 'C0SHOP' }),
    });
    await vi.waitFor(() => expect(fake.messages(dmChannelId('U0ANNA'))).toHaveLength(1), { timeout: 10_000 });
    const invitation = fake.messages(dmChannelId('U0ANNA'))[0]!;
    const mapId = buttonValue(invitation, 'interview_start');

    await slack.blockAction({ actionId: 'interview_start', value: mapId, userId: 'U0ANNA' });
    await vi.waitFor(() => expect(readable(lastDm({ fake }, 'U0ANNA'))).toContain('which team'));
    await slack.blockAction({ actionId: 'interview_department:sales', value: `${mapId}|sales`, userId: 'U0ANNA' });
    await vi.waitFor(() => expect(readable(lastDm({ fake }, 'U0ANNA'))).toContain('Stage 1 of 5'));
    const submitted = await slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: 'U0ANNA',
      values: {
        action: text('Reads reviews on the bus'),
        score: { value: { type: 'static_select', selected_option: { value: '4' } } },
        obstacles: text('Cannot find delivery costs'),
      },
      privateMetadata: JSON.stringify({ mapId, stageIndex: 0 }),
    });
    expect(submitted.status).toBe(200);
    await vi.waitFor(() => expect(readable(lastDm({ fake }, 'U0ANNA'))).toContain('Stage 2 of 5'));

    expect(await app.kill('SIGKILL')).toBe('SIGKILL');
    slack = await start();

    await slack.blockAction({ actionId: 'interview_resume', value: mapId, userId: 'U0ANNA' });
    await vi.waitFor(() => expect(readable(lastDm({ fake }, 'U0ANNA'))).toMatch(/Stage 2 of 5: Consideration/));
    expect(readable(lastDm({ fake }, 'U0ANNA'))).not.toContain('which team');

    const store = await openStore(storeUrl, interviewSessionSchema);
    try {
      const map = (await store.maps.get(TEAM, mapId))!;
      const view = fold(map, await store.contributions.list(TEAM, mapId));
      expect(view.stages[0]!.items.obstacle.map((item) => item.text)).toEqual(['Cannot find delivery costs']);
      expect(view.stages[0]!.feeling.mean).toBe(4);
      expect((await store.sessions.get(TEAM, mapId, 'U0ANNA'))?.stageIndex).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('stops on SIGTERM after finishing in-flight work, what follows an ack included, exiting 0', async () => {
    const slack = clientFor(app);
    const answer = await slack.command('summary Durable map', { userId: 'U0OWNER', channelId: 'C0SHOP' });
    expect((answer.body as { text: string }).text).toContain('Working on it: summarising all 5 stages');

    expect(await app.kill('SIGTERM')).toBe(0);
    expect(app.output()).toContain('"shutting down"');
    const inChannel = fake.callsTo('chat.postMessage').filter((call) => call.args.channel === 'C0SHOP');
    expect(inChannel.map((call) => call.args.text)).toContain('Stage summaries of Durable map: 5 stages');
    const notice = fake.responses.at(-1)!.body as { text: string };
    expect(notice.text).toMatch(/^✅ The summary of \*Durable map\* is in </);
  });

  it('refuses to start with a bad setting, naming the key in one line and exiting non-zero', async () => {
    const failed = await startAppProcess({
      SLACK_API_URL: fake.apiUrl,
      STORE_URL: storeUrl,
      SLACK_BOT_TOKEN: 'nope',
    }).catch((error: Error) => error.message);
    expect(failed).toContain('app exited with 2');
    expect(failed).toContain('SLACK_BOT_TOKEN must be a bot token');
    expect(failed).not.toContain('nope\n');
  });

  it('exits non-zero with one clear line when the store cannot be opened', async () => {
    const failed = await startAppProcess({
      SLACK_API_URL: fake.apiUrl,
      STORE_URL: 'postgres://nobody@127.0.0.1:1/none',
    }).catch((error: Error) => error.message);
    expect(failed).toContain('app exited with 1');
    expect(failed).toContain('Cannot open the store (postgres)');
  });
});
