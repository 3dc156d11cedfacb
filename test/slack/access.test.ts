import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { ACTIONS } from '../../src/slack/ids.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import { createMapThroughModal, OWNER, readable, TEAM } from '../support/journey-steps.ts';

const h = useHarness();

const SECRET_CHANNEL = 'C0SECRET';
const OPEN_CHANNEL = 'C0OPEN';
const MEMBER = 'U0MEMBER';
const STAKEHOLDER = 'U0STAKE';
const OUTSIDER = 'U0OUTSIDER';
const ADMIN = 'U0ADMIN';

let secret: JourneyMap;
let open: JourneyMap;

beforeAll(async () => {
  h.fake.channels.set(SECRET_CHANNEL, {
    name: 'launch-secret',
    is_private: true,
    is_member: true,
    members: [OWNER, MEMBER, 'U0BOT'],
  });
  h.fake.channels.set(OPEN_CHANNEL, { name: 'general', is_member: true });
  h.fake.users.set(ADMIN, {
    tz: 'UTC',
    real_name: 'Ada Admin',
    profile: { status_text: '', status_emoji: '', status_expiration: 0 },
    is_admin: true,
  });
  secret = await createMapThroughModal(h, {
    name: 'Secret launch',
    channel: SECRET_CHANNEL,
    stakeholders: [STAKEHOLDER],
  });
  open = await createMapThroughModal(h, { name: 'Open roadmap', channel: OPEN_CHANNEL, stakeholders: [] });
});

/** What the person reads in the command's answer (its ack, or the first thing posted after it). */
async function commandReply(text: string, userId: string, channelId = OPEN_CHANNEL): Promise<string> {
  const reply = await h.slack.command(text, { userId, channelId });
  expect(reply.status).toBe(200);
  return JSON.stringify(reply.body);
}

const SUBCOMMANDS_NAMING_A_MAP = ['show', 'summary', 'digest', 'interview', 'archive', 'language', 'export'];

describe('a map bound to a private channel', () => {
  it('answers a non-member exactly as for a map that does not exist, on every command', async () => {
    for (const subcommand of SUBCOMMANDS_NAMING_A_MAP) {
      const suffix = subcommand === 'export' ? ' csv' : subcommand === 'language' ? ' el' : '';
      const hidden = await commandReply(`${subcommand} Secret launch${suffix}`, OUTSIDER);
      const missing = await commandReply(`${subcommand} No such map${suffix}`, OUTSIDER);
      expect(hidden, subcommand).toBe(missing.replaceAll('No such map', 'Secret launch'));
    }
    const byId = await commandReply(`show ${secret.id}`, OUTSIDER);
    expect(byId).toContain("couldn't find a map called");
    expect(await h.deps.store.maps.get(TEAM, secret.id)).toMatchObject({ language: secret.language });
    expect((await h.deps.store.maps.get(TEAM, secret.id))?.archivedAt).toBeUndefined();
  });

  it('does not confirm its name when a non-member forgets the export format', async () => {
    const hidden = await commandReply('export Secret launch', OUTSIDER);
    const missing = await commandReply('export Nothing launch', OUTSIDER);
    expect(hidden).toBe(missing);
    expect(await commandReply('export Secret launch', MEMBER)).not.toBe(missing);
  });

  it('is left out of a non-member’s list and App Home, and kept in a member’s', async () => {
    const outsiderList = await commandReply('list', OUTSIDER);
    expect(outsiderList).toContain('Open roadmap');
    expect(outsiderList).not.toContain('Secret launch');
    const memberList = await commandReply('list', MEMBER);
    expect(memberList).toContain('Secret launch');
    expect(memberList).toContain('Open roadmap');
    const stakeholderList = await commandReply('list', STAKEHOLDER);
    expect(stakeholderList).toContain('Secret launch');
  });

  it('opens to members, its owner and its invited stakeholders', async () => {
    for (const userId of [MEMBER, OWNER, STAKEHOLDER]) {
      const answer = await commandReply('show Secret launch', userId);
      expect(answer, userId).toContain('Drawing');
      expect(answer, userId).not.toContain("couldn't find");
    }
  });

  it('keeps its interview from a non-member who presses a button or sends a form with its id', async () => {
    await h.slack.blockAction({ actionId: 'interview_start', value: secret.id, userId: OUTSIDER });
    await vi.waitFor(() =>
      expect(readable(h.fake.messages(dmChannelId(OUTSIDER)).at(-1))).toContain('no longer exists'),
    );
    expect(JSON.stringify(h.fake.messages(dmChannelId(OUTSIDER)))).not.toContain('Secret launch');
    const form = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: OUTSIDER,
      values: { action: { value: { type: 'plain_text_input', value: 'Reads the launch plan' } } },
      privateMetadata: JSON.stringify({ mapId: secret.id, stageIndex: 0 }),
    });
    expect(JSON.stringify(form.body)).toContain('no longer exists');
    expect(await h.deps.store.sessions.get(TEAM, secret.id, OUTSIDER)).toBeUndefined();
  });

  it('keeps its picture from a non-member who presses Show map with its id', async () => {
    // The members' pictures of the test before are drawn first, so every upload after this is the click's.
    expect(await h.deps.followUps.idle(10_000)).toBe(true);
    h.fake.reset();
    await h.slack.blockAction({
      actionId: ACTIONS.showMap,
      userId: OUTSIDER,
      value: secret.id,
      channelId: OPEN_CHANNEL,
    });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain('That map no longer exists');
    expect(h.fake.calls.filter((call) => call.method === 'files.completeUploadExternal')).toHaveLength(0);
  });

  it('closes at once to a member who leaves the channel, and opens to one who joins', async () => {
    expect(await commandReply('show Secret launch', MEMBER)).toContain('Drawing');
    h.fake.channels.set(SECRET_CHANNEL, { ...h.fake.channels.get(SECRET_CHANNEL)!, members: [OWNER, OUTSIDER] });
    await h.slack.event({ type: 'member_left_channel', user: MEMBER, channel: SECRET_CHANNEL, channel_type: 'G' });
    await vi.waitFor(async () =>
      expect(await commandReply('show Secret launch', MEMBER)).toContain("couldn't find a map called"),
    );
    await h.slack.event({ type: 'member_joined_channel', user: OUTSIDER, channel: SECRET_CHANNEL, channel_type: 'G' });
    await vi.waitFor(async () => expect(await commandReply('show Secret launch', OUTSIDER)).toContain('Drawing'));
    h.fake.channels.set(SECRET_CHANNEL, { ...h.fake.channels.get(SECRET_CHANNEL)!, members: [OWNER, MEMBER] });
    await h.slack.event({ type: 'member_left_channel', user: OUTSIDER, channel: SECRET_CHANNEL, channel_type: 'G' });
    await h.slack.event({ type: 'member_joined_channel', user: MEMBER, channel: SECRET_CHANNEL, channel_type: 'G' });
  });

  it('stays hidden from a workspace admin who is not in the channel, as Slack keeps the channel from them', async () => {
    const answer = await commandReply('archive Secret launch', ADMIN);
    expect(answer).toContain("couldn't find a map called");
    expect((await h.deps.store.maps.get(TEAM, secret.id))?.archivedAt).toBeUndefined();
  });

  it('lets only its owner change it; a member who may see it is told who can', async () => {
    const refused = await commandReply('language Secret launch el', MEMBER);
    expect(refused).toContain("Only the map's owner");
    expect((await h.deps.store.maps.get(TEAM, secret.id))?.language).toBe(secret.language);
  });
});

describe('App Home', () => {
  it('keeps a private map and its interview from someone who left the channel, and shows it to a member', async () => {
    const homeOf = async (userId: string) => {
      const published = () => h.fake.callsTo('views.publish').filter((call) => call.args.user_id === userId).length;
      const before = published();
      await h.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
      await vi.waitFor(() => expect(published()).toBe(before + 1));
      return readable(h.fake.homeTab(userId)!.view as { text: string; blocks: unknown[] });
    };
    const channel = h.fake.channels.get(SECRET_CHANNEL)!;
    h.fake.channels.set(SECRET_CHANNEL, { ...channel, members: [...(channel.members ?? []), 'U0LEAVER'] });
    await h.slack.event({ type: 'member_joined_channel', user: 'U0LEAVER', channel: SECRET_CHANNEL });
    // Events are handled after their ack: let this one land before the click it makes possible.
    expect(await h.deps.followUps.idle(5_000)).toBe(true);
    await h.slack.blockAction({ actionId: 'interview_start', value: secret.id, userId: 'U0LEAVER' });
    await vi.waitFor(async () => expect(await h.deps.store.sessions.get(TEAM, secret.id, 'U0LEAVER')).toBeDefined());
    expect(await homeOf('U0LEAVER')).toContain('Secret launch');

    h.fake.channels.set(SECRET_CHANNEL, channel);
    await h.slack.event({ type: 'member_left_channel', user: 'U0LEAVER', channel: SECRET_CHANNEL });
    expect(await h.deps.followUps.idle(5_000)).toBe(true);
    expect(await homeOf('U0LEAVER')).not.toContain('Secret launch');
    expect(await homeOf(MEMBER)).not.toContain('Secret launch'); // a member who never took part: nothing to do there
    expect(await homeOf(STAKEHOLDER)).toContain('Secret launch');
  });
});

describe('a map bound to a public channel', () => {
  it('opens to everyone in the workspace', async () => {
    expect(await commandReply('show Open roadmap', OUTSIDER)).toContain('Drawing');
    expect(await commandReply('list', OUTSIDER)).toContain('Open roadmap');
  });

  it('can be steered by its owner and by a workspace admin, not by anyone else', async () => {
    const refused = await commandReply('language Open roadmap el', OUTSIDER);
    expect(refused).toContain("Only the map's owner");
    const byAdmin = await commandReply('language Open roadmap el', ADMIN);
    expect(byAdmin).not.toContain("Only the map's owner");
    expect((await h.deps.store.maps.get(TEAM, open.id))?.language).toBe('el');
    const archivedByAdmin = await commandReply('archive Open roadmap', ADMIN);
    expect(archivedByAdmin).not.toContain("Only the map's owner");
    expect((await h.deps.store.maps.get(TEAM, open.id))?.archivedAt).toBeDefined();
  });
});

describe('a channel Slack will not describe', () => {
  it('counts as private: only the owner and stakeholders see its map while Slack fails', async () => {
    const map = await createMapThroughModal(h, { name: 'Murky map', channel: 'C0MURKY', stakeholders: [] });
    h.fake.failNext('conversations.info', { error: 'internal_error', times: 20 });
    expect(await commandReply('show Murky map', OUTSIDER)).toContain("couldn't find a map called");
    expect(await commandReply('show Murky map', OWNER)).toContain('Drawing');
    expect(h.logs.some((line) => line.msg === 'channel audience lookup failed')).toBe(true);
    h.fake.reset();
    expect(await commandReply(`show ${map.id}`, OUTSIDER)).toContain('Drawing');
  });
});
