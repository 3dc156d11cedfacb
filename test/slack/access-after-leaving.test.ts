import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import { typeInDm } from '../support/direct-messages.ts';
import { createMapThroughModal, dms, OWNER, readable, submitNewMap, TEAM } from '../support/journey-steps.ts';

// What a private channel's maps say to people who were in the channel, or were invited to an older map there, and
// are no longer allowed to see what the channel does now: an interview they started, its reminders, and the name
// of a map that replaced the one they were invited to.

const TUESDAY = new Date('2026-11-24T10:00:00Z');
const h = useHarness({ now: TUESDAY });

const SECRET_CHANNEL = 'C0SECRET';
const OPEN_CHANNEL = 'C0OPEN';
const MEMBER = 'U0MEMBER';
const LEAVER = 'U0LEAVER';
const STAKEHOLDER = 'U0STAKE';
const SECRET_STAGES = ['Hidden stage one', 'Hidden stage two'];

let secret: JourneyMap;

function setMembers(members: string[]): void {
  h.fake.channels.set(SECRET_CHANNEL, { name: 'launch-secret', is_private: true, is_member: true, members });
}

async function commandReply(text: string, userId: string): Promise<string> {
  const reply = await h.slack.command(text, { userId, channelId: OPEN_CHANNEL });
  expect(reply.status).toBe(200);
  return JSON.stringify(reply.body);
}

async function leave(userId: string, members: string[]): Promise<void> {
  setMembers(members);
  await h.slack.event({ type: 'member_left_channel', user: userId, channel: SECRET_CHANNEL, channel_type: 'G' });
  expect(await h.deps.followUps.idle(5_000)).toBe(true);
}

const dmText = (userId: string, from = 0) =>
  dms(h, userId)
    .slice(from)
    .map((message) => readable(message))
    .join('\n');

beforeAll(async () => {
  setMembers([OWNER, MEMBER, LEAVER, 'U0BOT']);
  h.fake.channels.set(OPEN_CHANNEL, { name: 'general', is_member: true });
  secret = await createMapThroughModal(h, {
    name: 'Secret launch',
    channel: SECRET_CHANNEL,
    stakeholders: [STAKEHOLDER],
    stages: SECRET_STAGES.join('\n'),
  });
  await h.deps.store.people.save({ teamId: TEAM, userId: LEAVER, department: 'sales' });
  await h.slack.blockAction({ actionId: 'interview_start', value: secret.id, userId: LEAVER });
  await vi.waitFor(async () => expect(await h.deps.store.sessions.get(TEAM, secret.id, LEAVER)).toBeDefined());
  await leave(LEAVER, [OWNER, MEMBER, 'U0BOT']);
});

describe('someone who left a private channel during their interview', () => {
  it('gets the answer of someone with no interview when they write to the bot, and adds nothing', async () => {
    const before = dms(h, LEAVER).length;
    await typeInDm(h, LEAVER, 'They read the launch plan twice before signing');
    await vi.waitFor(() => expect(dms(h, LEAVER).length).toBeGreaterThan(before));
    const answer = dmText(LEAVER, before);
    expect(answer).toContain('Answer for my team');
    for (const secretWord of ['Secret launch', ...SECRET_STAGES]) expect(answer).not.toContain(secretWord);
    const added = await h.deps.store.contributions.list(TEAM, secret.id);
    expect(added.filter((contribution) => contribution.authorId === LEAVER)).toEqual([]);
  });

  it('is not reminded of the interview, while a stakeholder who stopped in the middle is', async () => {
    await h.slack.blockAction({ actionId: 'interview_start', value: secret.id, userId: STAKEHOLDER });
    await vi.waitFor(async () => expect(await h.deps.store.sessions.get(TEAM, secret.id, STAKEHOLDER)).toBeDefined());
    const [leaverBefore, stakeholderBefore] = [dms(h, LEAVER).length, dms(h, STAKEHOLDER).length];
    h.setNow(new Date(TUESDAY.getTime() + 26 * 3_600_000));
    await h.app.digests.check();
    await vi.waitFor(() => expect(dmText(STAKEHOLDER, stakeholderBefore)).toContain('Secret launch'));
    expect(dmText(LEAVER, leaverBefore)).toBe('');
  });
});

describe('App Home of someone who leaves the channel', () => {
  it('is drawn again without the map at once, not when they next open it', async () => {
    const lastHome = () => {
      const published = h.fake.callsTo('views.publish').filter((call) => call.args.user_id === 'U0HOMER');
      return JSON.stringify(published.at(-1)?.args.view ?? null);
    };
    setMembers([OWNER, MEMBER, 'U0HOMER', 'U0BOT']);
    await h.slack.event({ type: 'member_joined_channel', user: 'U0HOMER', channel: SECRET_CHANNEL, channel_type: 'G' });
    expect(await h.deps.followUps.idle(5_000)).toBe(true);
    await h.slack.blockAction({ actionId: 'interview_start', value: secret.id, userId: 'U0HOMER' });
    await vi.waitFor(async () => expect(await h.deps.store.sessions.get(TEAM, secret.id, 'U0HOMER')).toBeDefined());
    await h.slack.event({ type: 'app_home_opened', user: 'U0HOMER', channel: 'D0HOMER', tab: 'home' });
    await vi.waitFor(() => expect(lastHome()).toContain('Secret launch'));

    await leave('U0HOMER', [OWNER, MEMBER, 'U0BOT']);
    await vi.waitFor(() => expect(lastHome()).not.toContain('Secret launch'));
    for (const stage of SECRET_STAGES) expect(lastHome()).not.toContain(stage);
  });
});

describe('a map archived in a private channel that has a new map since', () => {
  beforeAll(async () => {
    expect(await commandReply('archive Secret launch', OWNER)).toContain('archived');
    const created = await submitNewMap(
      h,
      { name: 'Codename Falcon', channel: SECRET_CHANNEL, stakeholders: [] },
      MEMBER,
    );
    expect(created.status).toBe(200);
    await vi.waitFor(async () => expect(await h.deps.store.maps.find(TEAM, 'Codename Falcon')).toBeDefined());
  });

  it('names the new map to a member, not to a stakeholder of the old one who is not in the channel', async () => {
    expect(await commandReply('interview Secret launch', OWNER)).toContain('Codename Falcon');
    const toStakeholder = await commandReply('interview Secret launch', STAKEHOLDER);
    expect(toStakeholder).toContain('archived');
    expect(toStakeholder).toContain('another live map');
    expect(toStakeholder).not.toContain('Codename Falcon');
  });

  it('keeps the new map’s name from the old map’s owner once they left, when they try to reopen it', async () => {
    expect(await commandReply('reopen Secret launch', OWNER)).toContain('Codename Falcon');
    await leave(OWNER, [MEMBER, 'U0BOT']);
    const refused = await commandReply('reopen Secret launch', OWNER);
    expect(refused).toContain('another live map, which you cannot see');
    expect(refused).not.toContain('Codename Falcon');
    expect((await h.deps.store.maps.get(TEAM, secret.id))?.archivedAt).toBeDefined();
  });
});

describe('a public channel made private', () => {
  it('hides its map from non-members at once, not a minute later', async () => {
    h.fake.channels.set('C0CONVERT', { name: 'launch', is_member: true, members: [OWNER, 'U0BOT'] });
    await createMapThroughModal(h, { name: 'Turned private', channel: 'C0CONVERT', stakeholders: [] });
    expect(await commandReply('show Turned private', MEMBER)).toContain('Drawing');
    h.fake.channels.set('C0CONVERT', { name: 'launch', is_private: true, is_member: true, members: [OWNER, 'U0BOT'] });
    const note = h.fake.addUserMessage({ channel: 'C0CONVERT', user: OWNER, text: 'made this channel *private*.' });
    const event = { type: 'message', subtype: 'channel_convert_to_private', channel_type: 'group' };
    await h.slack.event({ ...event, channel: 'C0CONVERT', user: OWNER, text: note.text, ts: note.ts });
    expect(await h.deps.followUps.idle(5_000)).toBe(true);
    expect(await commandReply('show Turned private', MEMBER)).toContain("couldn't find a map called");
  });
});
