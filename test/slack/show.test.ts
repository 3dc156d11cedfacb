import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { ACTIONS } from '../../src/slack/ids.ts';
import { readPng } from '../render/png-reader.ts';
import type { FakeFile } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeContribution } from '../support/factories.ts';
import {
  CHANNEL,
  completedUpload,
  createMapThroughModal,
  OWNER,
  readable,
  submitNewMap,
  TEAM,
} from '../support/journey-steps.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Picture map', stakeholders: [] });
  await h.deps.store.contributions.append(
    TEAM,
    map.stages.map((stage, index) =>
      makeContribution(map, {
        authorId: 'U0ANNA',
        department: 'support',
        stageId: stage.id,
        kind: 'feeling',
        text: `Stage ${index + 1} feels like this`,
        score: (index % 5) + 1,
        createdAt: new Date().toISOString(),
      }),
    ),
  );
});
beforeEach(() => {
  h.fake.reset();
});

function expectPictureInThread(file: FakeFile, cardTs: string | undefined): void {
  expect(file.bytes!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  const png = readPng(file.bytes!);
  expect(png.width).toBeGreaterThan(1000);
  expect(file).toMatchObject({ channel_id: CHANNEL, thread_ts: cardTs, filename: 'picture-map.png' });
  expect(h.fake.lastCall('files.completeUploadExternal')!.args).toMatchObject({
    channel_id: CHANNEL,
    thread_ts: cardTs,
  });
}

describe('/journey show', () => {
  it("acks at once, then uploads the map as a PNG to the card's thread with Slack's upload flow", async () => {
    const reply = await h.slack.command('show Picture map', { userId: OWNER, channelId: CHANNEL });
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(readable(reply.body as { text: string })).toContain('Drawing *Picture map*');
    const file = await completedUpload(h);
    expectPictureInThread(file, map.cardTs);
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    const posted = h.fake.messages(CHANNEL).find((message) => message.files?.includes(file.id));
    expect(posted?.thread_ts).toBe(map.cardTs);
  });

  it("defaults to the channel's map", async () => {
    await h.slack.command('show', { userId: OWNER, channelId: CHANNEL });
    expectPictureInThread(await completedUpload(h), map.cardTs);
  });

  it('says kindly when the upload fails', async () => {
    h.fake.failNext('files.getUploadURLExternal', { error: 'internal_error' });
    await h.slack.command('show Picture map', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain("I couldn't post the picture of *Picture map*");
    expect(h.fake.files().filter((file) => file.completed)).toHaveLength(0);
  });

  it('says kindly when there is no such map', async () => {
    const reply = await h.slack.command('show Atlantis', { userId: OWNER, channelId: CHANNEL });
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply.body)).toContain('I couldn\'t find a map called \\"Atlantis\\"');
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('asks to be invited to a channel it cannot post in, and posts card and picture once it is', async () => {
    h.fake.channels.set('G0PRIVATE', { name: 'cx-private', is_private: true, is_member: false });
    await submitNewMap(h, { name: 'Hidden map', channel: 'G0PRIVATE', stakeholders: [] });
    const hidden = await vi.waitFor(async () => {
      const found = await h.deps.store.maps.find(TEAM, 'Hidden map');
      expect(found).toBeDefined();
      return found!;
    });
    expect(hidden.cardTs).toBeUndefined();

    await h.slack.command('show Hidden map', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain('/invite @Journey Bot');

    h.fake.channels.set('G0PRIVATE', { name: 'cx-private', is_private: true, is_member: true });
    await h.slack.command('show Hidden map', { userId: OWNER, channelId: CHANNEL });
    const file = await completedUpload(h);
    const repaired = await h.deps.store.maps.get(TEAM, hidden.id);
    expect(repaired?.cardTs).toBeDefined();
    expect(file).toMatchObject({ channel_id: 'G0PRIVATE', thread_ts: repaired!.cardTs, filename: 'hidden-map.png' });
  });
});

describe("the card's Show map button", () => {
  it("uploads the picture to the card's thread", async () => {
    const reply = await h.slack.blockAction({
      actionId: ACTIONS.showMap,
      userId: 'U0ANNA',
      value: map.id,
      channelId: CHANNEL,
      messageTs: map.cardTs,
    });
    expect(reply.status).toBe(200);
    expectPictureInThread(await completedUpload(h), map.cardTs);
  });

  it('tells only the clicker when the map is gone', async () => {
    await h.slack.blockAction({
      actionId: ACTIONS.showMap,
      userId: 'U0ANNA',
      value: 'NO_SUCH_MAP',
      channelId: CHANNEL,
      messageTs: map.cardTs,
    });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    expect(h.fake.responses[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain('That map no longer exists');
  });
});
