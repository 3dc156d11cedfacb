import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dmChannelId } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, OWNER, readable, submitNewMap, TEAM } from '../support/journey-steps.ts';
import { slackUser } from '../support/slack-users.ts';

const h = useHarness();

beforeAll(async () => {
  h.fake.users.set(OWNER, slackUser('Olga Owner', { tz: 'Europe/Athens' }));
});
beforeEach(() => {
  h.fake.reset();
});

describe('/journey new', () => {
  it('acks and opens the creation modal with the name prefilled and the channel preselected', async () => {
    const reply = await h.slack.command('new Café visitors', { userId: OWNER, channelId: CHANNEL });
    expect(reply.status).toBe(200);
    await vi.waitFor(() => expect(h.fake.callsTo('views.open')).toHaveLength(1));
    const view = h.fake.lastCall('views.open')!.args.view as {
      blocks: { block_id: string; element: Record<string, unknown> }[];
    };
    const field = (id: string) => view.blocks.find((block) => block.block_id === id)!.element;
    expect(field('name').initial_value).toBe('Café visitors');
    expect(field('stages').initial_value).toBe('Awareness\nConsideration\nDecision\nRetention\nAdvocacy');
    expect(field('channel').initial_conversation).toBe(CHANNEL);
    expect(h.fake.lastCall('views.open')!.ok).toBe(true);
  });

  it('says kindly when the modal cannot open, never crashing', async () => {
    h.fake.failNext('views.open', { status: 500, times: 10 });
    await h.slack.command('new Flaky', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.stringify(h.fake.responses[0])).toContain('Something went wrong on my side');
    expect(h.fake.callsTo('views.open').length).toBeGreaterThan(1);
  });

  it('retries after Slack rate-limits with Retry-After, and the modal still opens', async () => {
    h.fake.failNext('views.open', { status: 429, retryAfter: 1 });
    await h.slack.command('new Patient', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').filter((call) => call.ok)).toHaveLength(1), {
      timeout: 5_000,
    });
    expect(h.fake.callsTo('views.open')[0]!.status).toBe(429);
  });
});

describe('creating a map from the modal', () => {
  it('saves the map, posts the card, tells the owner and invites every stakeholder', async () => {
    const map = await createMapThroughModal(h, { name: 'Online shoppers', stakeholders: ['U0ANNA', 'U0BEN'] });
    expect(map).toMatchObject({
      teamId: TEAM,
      name: 'Online shoppers',
      persona: { name: 'Maya, busy parent' },
      ownerId: OWNER,
      channelId: CHANNEL,
      stakeholderIds: ['U0ANNA', 'U0BEN'],
      digest: { weekday: 1, hour: 9, timeZone: 'Europe/Athens' },
    });
    expect(map.stages.map((stage) => stage.name)).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
      'Retention',
      'Advocacy',
    ]);
    const card = h.fake.messages(CHANNEL).find((message) => message.ts === map.cardTs)!;
    const cardText = readable(card);
    expect(cardText).toContain('Online shoppers');
    expect(cardText).toContain('Why do first-time buyers leave before paying?');
    expect(cardText).toContain('1. Awareness');
    expect(cardText).toContain('Answer for my team');
    expect(cardText).toContain('Show map');
    expect(card.options.unfurl_links).toBe(false);
    await vi.waitFor(() => expect(h.fake.messages(dmChannelId('U0BEN'))).toHaveLength(1));
    const invitation = readable(h.fake.messages(dmChannelId('U0ANNA'))[0]);
    expect(invitation).toContain('<@U0OWNER> asked for your help');
    expect(invitation).toContain('about 2 minutes a stage');
    expect(invitation).toContain('Start');
    expect(readable(h.fake.ephemerals(CHANNEL)[0])).toContain('is ready');
    expect(await h.deps.store.maps.findByChannel(TEAM, CHANNEL)).toMatchObject({ id: map.id });
  });

  it.each([
    [{ name: '   ' }, 'name', 'Give the map a name'],
    [{ stages: 'Only one' }, 'stages', 'at least 2 stages'],
    [{ stages: Array.from({ length: 11 }, (_, i) => `Stage ${i}`).join('\n') }, 'stages', 'at most 10 stages'],
    [{ stages: 'Awareness\nDecision\nawareness' }, 'stages', 'same stage'],
    [{ goal: '' }, 'goal', 'what this map should tell us'],
    [{ personaName: '' }, 'persona_name', 'Name the customer'],
    [{ channel: null }, 'channel', 'Pick the channel'],
  ])('shows %j inline on the form and stores nothing', async (form, field, message) => {
    const before = await h.deps.store.maps.list(TEAM);
    const reply = await submitNewMap(h, { name: 'Invalid one', ...form });
    expect(reply.status).toBe(200);
    const body = reply.body as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[field]).toContain(message);
    expect(await h.deps.store.maps.list(TEAM)).toEqual(before);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('refuses a name already used in the workspace, inline, whatever the case', async () => {
    await createMapThroughModal(h, { name: 'Hotel guests', channel: 'C0HOTEL' });
    const reply = await submitNewMap(h, { name: 'HOTEL guests' });
    expect((reply.body as { errors: Record<string, string> }).errors.name).toContain(
      'already has a map with that name',
    );
  });

  it('joins a public channel it is not in yet, and asks to be invited to a private one', async () => {
    h.fake.channels.set('C0PUBLIC', { name: 'cx', is_member: false });
    const joined = await createMapThroughModal(h, { name: 'Joined', channel: 'C0PUBLIC' });
    expect(h.fake.callsTo('conversations.join')).toHaveLength(1);
    expect(joined.cardTs).toBeDefined();

    h.fake.channels.set('G0SECRET', { name: 'secret', is_private: true, is_member: false });
    await submitNewMap(h, { name: 'Private', channel: 'G0SECRET' });
    await vi.waitFor(() => expect(h.fake.messages(dmChannelId(OWNER)).length).toBeGreaterThan(0));
    expect(readable(h.fake.messages(dmChannelId(OWNER)).at(-1))).toContain('/invite @Journey Bot');
    expect((await h.deps.store.maps.find(TEAM, 'Private'))?.cardTs).toBeUndefined();
  });
});

describe('/journey list', () => {
  it('lists the maps of the workspace, privately', async () => {
    await createMapThroughModal(h, { name: 'Listed map', channel: 'C0LISTED' });
    const reply = await h.slack.command('list', { userId: OWNER, channelId: CHANNEL });
    const body = reply.body as { response_type: string; blocks: unknown[]; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(readable(body)).toContain('Listed map');
  });
});
