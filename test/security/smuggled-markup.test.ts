import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { settle } from '../fuzz/invariants.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import type { SlackReply } from '../slack-fake/signed-client.ts';
import { useHarness } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, dms, OWNER, TEAM } from '../support/journey-steps.ts';

/** What a person can type to ping everyone, mention someone or disguise a link, and what must show instead. */
const SMUGGLED = {
  '<!channel>': '&lt;!channel&gt;',
  '<!here>': '&lt;!here&gt;',
  '<!everyone>': '&lt;!everyone&gt;',
  '<@U0SMUGGLE>': '&lt;@U0SMUGGLE&gt;',
  '<https://evil.example/login|click here>': '&lt;https://evil.example/login|click here&gt;',
} as const;
const RAW = Object.keys(SMUGGLED);
const smuggle = (text: string) => `${text} ${RAW.join(' ')}`;

const ANNA = 'U0ANNA';
const BEN = 'U0BEN';
/** A Wednesday; the map's digest is due on the Monday after, 09:00 UTC. */
const CREATED = new Date('2026-11-18T10:00:00Z');
const DIGEST_DUE = new Date('2026-11-23T09:00:00Z');

const h = useHarness({ now: CREATED });
let map: JourneyMap;
const commandReplies: SlackReply[] = [];

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

beforeAll(async () => {
  map = await createMapThroughModal(h, {
    name: 'Launch <!channel> plan',
    goal: smuggle('Find out why buyers leave'),
    personaName: 'Maya <!here>',
    personaDescription: smuggle('Busy parent'),
    stages: 'Awareness <!channel>\nDecision <@U0SMUGGLE>',
    stakeholders: [ANNA],
    weekday: '1',
    hour: '9',
  });
  await h.deps.store.people.save({ teamId: TEAM, userId: ANNA, department: 'support' });
  await runThroughEverySurface();
});

async function command(line: string, userId = OWNER) {
  const reply = await h.slack.command(line, { userId, channelId: CHANNEL });
  commandReplies.push(reply);
  return reply;
}

async function waitForDms(userId: string, count: number) {
  await vi.waitFor(() => expect(dms(h, userId).length).toBeGreaterThanOrEqual(count), { timeout: 5_000 });
}

/** The interview (forms), a thread reply, the card, summaries, the digest preview and the weekly digest, home. */
async function runThroughEverySurface(): Promise<void> {
  await h.slack.blockAction({ actionId: 'interview_start', value: map.id, userId: ANNA, channelId: dmChannelId(ANNA) });
  await waitForDms(ANNA, 2);
  await h.slack.blockAction({ actionId: 'interview_open_stage', value: `${map.id}|0`, userId: ANNA });
  await vi.waitFor(() => expect(h.fake.callsTo('views.open')).toHaveLength(1));
  for (const stageIndex of [0, 1]) {
    const sent = dms(h, ANNA).length;
    const reply = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: ANNA,
      values: {
        goal: text(smuggle('Compare')),
        action: text(smuggle('Reads reviews')),
        score: { value: { type: 'static_select', selected_option: { value: '2' } } },
        thought: text(smuggle('Is it safe')),
        other_touchpoints: text(smuggle('Forum')),
        obstacles: text(smuggle('Hidden fees')),
        ideas: text(smuggle('Show the total')),
      },
      privateMetadata: JSON.stringify({ mapId: map.id, stageIndex }),
    });
    expect(reply.body).toBe('');
    await waitForDms(ANNA, sent + 1);
  }
  const sent = dms(h, ANNA).length;
  await h.slack.blockAction({
    actionId: 'interview_finish',
    value: map.id,
    userId: ANNA,
    channelId: dmChannelId(ANNA),
  });
  await waitForDms(ANNA, sent + 1);

  const threadAnswers = () => h.fake.messages(CHANNEL).filter((message) => message.thread_ts === map.cardTs).length;
  const before = threadAnswers();
  const reply = h.fake.addUserMessage({
    channel: CHANNEL,
    user: BEN,
    text: `obstacle: checkout broke ${RAW.join(' ')} @decision`,
    threadTs: map.cardTs,
  });
  await h.slack.event({
    type: 'message',
    channel: CHANNEL,
    channel_type: 'channel',
    user: BEN,
    text: reply.text,
    ts: reply.ts,
    thread_ts: map.cardTs,
  });
  await vi.waitFor(() => expect(threadAnswers()).toBeGreaterThan(before), { timeout: 5_000 });

  await command('summary');
  await command(`summary ${map.name} Decision`);
  await command('digest');
  await command('list');
  await command('interview', ANNA);
  await h.slack.event({ type: 'app_home_opened', user: ANNA, channel: dmChannelId(ANNA), tab: 'home' });
  await settle(h, 100);
  h.setNow(DIGEST_DUE);
  await h.app.digests.check();
  await settle(h, 100);
}

/** Texts Slack reads as mrkdwn: a message's `text` and every `mrkdwn` text object in its blocks or view. */
function mrkdwnTexts(payload: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'mrkdwn' && typeof record.text === 'string') found.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(payload);
  const { text } = (payload ?? {}) as Record<string, unknown>;
  return typeof text === 'string' ? [text, ...found] : found;
}

const SHOWING = [
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.update',
  'views.open',
  'views.update',
  'views.publish',
];

function everythingShown(): { where: string; text: string }[] {
  const calls = h.fake.calls
    .filter((call) => SHOWING.includes(call.method))
    .flatMap((call) => mrkdwnTexts(call.args.view ?? call.args).map((text) => ({ where: call.method, text })));
  const responses = h.fake.responses.flatMap((post) =>
    mrkdwnTexts(post.body).map((text) => ({ where: 'response_url', text })),
  );
  const replies = commandReplies.flatMap((reply) => mrkdwnTexts(reply.body).map((text) => ({ where: 'ack', text })));
  return [...calls, ...responses, ...replies];
}

describe('mentions and links smuggled through names, goals, answers and thread replies', () => {
  it('reach every surface: the card, DMs, thread answers, summaries, digests and App Home', () => {
    const methods = new Set(h.fake.calls.map((call) => call.method));
    for (const method of ['chat.postMessage', 'chat.update', 'views.open', 'views.publish'])
      expect(methods).toContain(method);
    const channelPosts = h.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === CHANNEL);
    expect(channelPosts.length).toBeGreaterThanOrEqual(4);
    expect(h.fake.responses.length).toBeGreaterThan(0);
    const logged = new Set(h.logs.map((line) => line.msg));
    for (const step of ['thread reply read', 'stage summarised', 'digest posted']) expect(logged).toContain(step);
  });

  it('never reach Slack unescaped in any mrkdwn text or fallback text', () => {
    const unescaped = everythingShown().filter(({ text }) => RAW.some((raw) => text.includes(raw)));
    expect(unescaped.map(({ where, text }) => `${where}: ${text.slice(0, 200)}`)).toEqual([]);
  });

  it('are shown escaped, so people still read what was written', () => {
    const shown = everythingShown()
      .map(({ text }) => text)
      .join('\n');
    for (const escaped of Object.values(SMUGGLED)) expect(shown).toContain(escaped);
  });

  it('sit in verbatim mrkdwn, so a bare URL or #channel people typed is not made a link', () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'mrkdwn') objects.push(record);
        Object.values(record).forEach(walk);
      }
    };
    for (const call of h.fake.calls.filter((candidate) => SHOWING.includes(candidate.method))) walk(call.args);
    expect(objects.length).toBeGreaterThan(20);
    expect(objects.filter((object) => object.verbatim !== true)).toEqual([]);
  });

  it('are never posted with link_names or parse, which would turn names back into pings', () => {
    const posts = h.fake.calls.filter((call) => ['chat.postMessage', 'chat.update'].includes(call.method));
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post.args.link_names).toBeUndefined();
      expect(post.args.parse).toBeUndefined();
    }
  });
});
