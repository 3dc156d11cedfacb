// Two app processes (src/main.ts, as `npm start` runs it) on one Redis, and again on one PostgreSQL, with a
// full scenario's requests alternating between them and Slack's retries landing on the other one. Whatever
// the order, every acknowledged input is on the map exactly once, one digest goes out per map per week and one
// automatic summary per trigger.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type InterviewSession, interviewSessionSchema } from '../../src/interview/index.ts';
import { fold } from '../../src/journey/fold.ts';
import { type Contribution, DEFAULT_STAGE_NAMES, type JourneyMap, type Kind } from '../../src/journey/model.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { messageEvent } from '../slack/thread-harness.ts';
import { dmChannelId, fakeWorkspace } from '../slack-fake/ids.ts';
import { type FakeMessage, type FakeSlack, startFakeSlack } from '../slack-fake/web-api.ts';
import { backendCases } from '../support/backends.ts';
import { makeContribution, makeMap, newId } from '../support/factories.ts';
import { buttonValue, dms, lastDm, newMapValues, readable } from '../support/journey-steps.ts';
import { type Cluster, type Instance, startCluster } from './cluster.ts';
import { type SlowSlack, startSlowSlack } from './slow-slack.ts';

const BOT = fakeWorkspace.botUserId;
const OWNER = 'U0OWNER';
const CARL = 'U0CARL';
const DORA = 'U0DORA';
const STAGES = DEFAULT_STAGE_NAMES;
const WEEK_MS = 7 * 24 * 3600_000;
const WAIT = { timeout: 15_000, interval: 100 };
/**
 * Digest and summary posts are answered this late, so the instance that claimed one is still posting when the
 * other reaches the same decision (the start-up checks run within a second of each other; two stakeholders
 * answer at once): without the claim in the store, both would post.
 */
const SLOW_POST_MS = 2_000;
/** How long after a digest or summary appeared a second one would have shown up too. */
const SETTLE_MS = 5_000;

/** The two stakeholders interviewed; the third (Carl) only writes in the thread. */
const INTERVIEWEES = [
  { userId: 'U0ANNA', name: 'Anna', department: 'sales', score: 2 },
  { userId: 'U0BEN', name: 'Ben', department: 'support', score: 4 },
] as const;
type Interviewee = (typeof INTERVIEWEES)[number];

interface ThreadItem {
  kind: Kind;
  stage: string;
  text: string;
}
interface ThreadReply {
  author: string;
  items: ThreadItem[];
}

/**
 * 22 replies, 28 items: Carl once per stage (so a stage is "every stakeholder answered" when both interviews
 * reach it), 11 obstacles on Consideration (a summary waits for the stage to settle: here, both interviews answering
 * it), two 2-item replies on each later stage.
 */
const THREAD: ThreadReply[] = [
  ...STAGES.map((stage) => ({
    author: CARL,
    items: [{ kind: 'touchpoint' as const, stage, text: `Carl saw the ${stage} newsletter` }],
  })),
  ...Array.from({ length: 11 }, (_, i) => ({
    author: `U0GUEST${i % 3}`,
    items: [{ kind: 'obstacle' as const, stage: 'Consideration', text: `Comparison table gap number ${i + 1}` }],
  })),
  ...['Decision', 'Retention', 'Advocacy'].flatMap((stage) =>
    [1, 2].map((n) => ({
      author: `U0GUEST${n}`,
      items: [
        { kind: 'touchpoint' as const, stage, text: `${stage} touchpoint ${n}` },
        { kind: 'idea' as const, stage, text: `${stage} idea ${n}` },
      ],
    })),
  ),
];
const THREAD_ITEMS = THREAD.flatMap((reply) => reply.items.map((item) => ({ ...item, author: reply.author })));
/** Every third reply also arrives under a second event id, as Slack does for one message now and then. */
const copiedUnderNewEventId = (index: number) => index % 3 === 0;

const replyText = (reply: ThreadReply) =>
  reply.items.map((item) => `${item.kind}: ${item.text} @${item.stage.toLowerCase()}`).join('\n');

const formText = (value: string) => ({ value: { type: 'plain_text_input', value } });
const stageForm = (person: Interviewee, stage: string) => ({
  action: formText(`${person.name} reads about ${stage}`),
  score: { value: { type: 'static_select', selected_option: { value: String(person.score) } } },
  obstacles: formText(`${person.name} gets stuck at ${stage}`),
});

const isSummary = (message: FakeMessage) => readable(message).includes(': stage summary');

const cases = (await backendCases()).filter((backend) => backend.name !== 'sqlite');

describe.each(cases)('two app processes on one $name', ({ url, available }) => {
  const run = newId().slice(-10);
  const teamId = `T0SCALE${run}`;
  const mapChannel = `C0MAP${run}`;
  const digestChannel = `C0DIGEST${run}`;
  let fake: FakeSlack;
  let slowSlack: SlowSlack | undefined;
  let store: Store<InterviewSession>;
  let cluster: Cluster | undefined;
  /** Made through the new-map modal on A: interviews, thread replies and summaries happen here. */
  let map: JourneyMap;
  /** Made directly in the store a week ago, its digest due now: both instances find it at start-up. */
  let digestMap: JourneyMap;
  const eventIds = new Set<string>();
  let digestSeenAt = 0;
  let summariesSeenAt = 0;

  beforeAll(async () => {
    if (!available) return;
    fake = await startFakeSlack({ teamId });
    store = await openStore(url(), interviewSessionSchema);
    digestMap = await seedMapWithDigestDue();
    slowSlack = await startSlowSlack(
      fake.apiUrl,
      SLOW_POST_MS,
      (method, args) =>
        method === 'chat.postMessage' &&
        (args.channel === digestChannel || JSON.stringify(args).includes(': stage summary')),
    );
    cluster = await startCluster(fake, url(), teamId, slowSlack.apiUrl);
    map = await createMapOn(cluster.a);
  }, 30_000);

  afterAll(async () => {
    await cluster?.kill();
    if (store) {
      // Archived maps are skipped by every later scheduler that shares this store.
      for (const made of [map, digestMap]) {
        if (made) await store.maps.save({ ...made, archivedAt: new Date().toISOString() });
      }
      await store.close();
    }
    await slowSlack?.close();
    await fake?.close();
  });

  async function seedMapWithDigestDue(): Promise<JourneyMap> {
    const now = new Date();
    const card = fake.addUserMessage({ channel: digestChannel, user: BOT, text: 'Journey map' });
    const seeded = makeMap({
      teamId,
      name: `Digest due ${run}`,
      ownerId: OWNER,
      stakeholderIds: [DORA],
      channelId: digestChannel,
      cardTs: card.ts,
      // The slot this week at this weekday and hour has passed already, and it is after the map was made.
      digest: { weekday: now.getUTCDay() || 7, hour: now.getUTCHours(), timeZone: 'UTC' },
      createdAt: new Date(now.getTime() - WEEK_MS).toISOString(),
    });
    await store.maps.create(seeded);
    const twoDaysAgo = new Date(now.getTime() - 2 * 24 * 3600_000).toISOString();
    await store.contributions.append(teamId, [
      makeContribution(seeded, { text: 'Instagram ads', createdAt: twoDaysAgo }),
      makeContribution(seeded, { kind: 'obstacle', text: 'Checkout asks for an account', createdAt: twoDaysAgo }),
    ]);
    return seeded;
  }

  async function createMapOn(instance: Instance): Promise<JourneyMap> {
    const now = new Date();
    const name = `Scale map ${run}`;
    const reply = await instance.slack.viewSubmission({
      callbackId: 'map_new',
      userId: OWNER,
      values: newMapValues({
        name,
        stakeholders: [...INTERVIEWEES.map((person) => person.userId), CARL],
        channel: mapChannel,
        // This week's slot is before the map exists: not due until next week.
        weekday: String(now.getUTCDay() || 7),
        hour: String(now.getUTCHours()),
      }),
      privateMetadata: JSON.stringify({ channelId: mapChannel }),
    });
    expect(reply).toEqual({ status: 200, body: '' });
    const created = await vi.waitFor(async () => {
      const found = await store.maps.find(teamId, name);
      expect(found?.cardTs).toBeDefined();
      return found!;
    }, WAIT);
    for (const person of [...INTERVIEWEES.map(({ userId }) => userId), CARL]) {
      await vi.waitFor(() => expect(dms({ fake }, person)).toHaveLength(1), WAIT);
    }
    return created;
  }

  const inThread = (channel: string, cardTs: string | undefined) =>
    fake.messages(channel).filter((message) => message.user === BOT && message.thread_ts === cardTs);
  const threadAnswers = () => inThread(map.channelId, map.cardTs).filter((message) => !isSummary(message));
  const summaries = () => inThread(map.channelId, map.cardTs).filter(isSummary);
  const summariesOf = (stage: string) =>
    summaries()
      .map(readable)
      .filter((text) => text.includes(`🧭 ${stage}: stage summary`));
  /** Bot posts in a map's channel that are neither the card nor in its thread: the digests. */
  const digestsIn = (made: JourneyMap) =>
    fake.messages(made.channelId).filter((message) => message.ts !== made.cardTs && message.thread_ts === undefined);
  const logsFor = (msg: string, match: (line: Record<string, unknown>) => boolean = () => true) =>
    cluster!.logs().filter((line) => line.msg === msg && match(line));

  it.skipIf(!available)(
    'posts the weekly digest that is due, though both instances checked it at start-up',
    async () => {
      await vi.waitFor(() => {
        expect(digestsIn(digestMap)).toHaveLength(1);
        expect(logsFor('digest posted', (line) => line.mapId === digestMap.id)).toHaveLength(1);
      }, WAIT);
      digestSeenAt = Date.now();
      const digest = readable(digestsIn(digestMap)[0]);
      expect(digest).toContain(`Weekly digest: Digest due ${run}`);
      expect(digest).toContain('2 new inputs');
    },
  );

  it.skipIf(!available)(
    'counts each thread reply once, whichever instance gets it, its retry or a second event id',
    async () => {
      for (const [index, reply] of THREAD.entries()) {
        const primary = cluster!.next();
        const secondary = cluster!.other(primary);
        const message = fake.addUserMessage({
          channel: map.channelId,
          user: reply.author,
          text: replyText(reply),
          threadTs: map.cardTs,
        });
        const event = messageEvent(map, message);
        const eventId = `Ev${newId()}`;
        const copyId = `Ev${newId()}`;
        eventIds.add(eventId).add(copyId);
        // The delivery, Slack's retry to the other instance and sometimes a second event id, all at once.
        const deliveries = [
          primary.slack.event(event, { eventId }),
          secondary.slack.event(event, { eventId, retryNum: 1, retryReason: 'http_timeout' }),
          ...(copiedUnderNewEventId(index) ? [secondary.slack.event(event, { eventId: copyId })] : []),
        ];
        for (const delivery of await Promise.all(deliveries)) expect(delivery.status).toBe(200);
      }
      const copies = THREAD.filter((_, index) => copiedUnderNewEventId(index)).length;

      const authors = [...new Set(THREAD.map((reply) => reply.author))];
      const people = () => fake.messages(map.channelId).filter((message) => message.user !== BOT);
      const askedOf = (author: string) =>
        fake.ephemerals(map.channelId).filter((ephemeral) => ephemeral.user === author);
      // Every extra delivery was seen and dropped (the retries by event id, the copies by message), and what
      // follows an answer is done: the check mark, and a department question for authors without one.
      await vi.waitFor(() => {
        expect(logsFor('duplicate event skipped', (line) => eventIds.has(String(line.eventId)))).toHaveLength(
          THREAD.length,
        );
        expect(logsFor('thread reply already handled', (line) => line.channelId === map.channelId)).toHaveLength(
          copies,
        );
        expect(threadAnswers()).toHaveLength(THREAD.length);
        for (const message of people()) expect(message.reactions).toEqual(['white_check_mark']);
        for (const author of authors) expect(askedOf(author)).not.toEqual([]);
      }, WAIT);
      const skippedBy = new Set(logsFor('duplicate event skipped').map((line) => line.instance));
      expect(skippedBy).toEqual(new Set(['A', 'B']));
      expect(people()).toHaveLength(THREAD.length);
      const reactionCalls = fake.callsTo('reactions.add').filter((call) => call.args.channel === map.channelId);
      expect(reactionCalls).toHaveLength(THREAD.length);
      // Asked once, however many instances saw the author's replies.
      for (const author of authors) {
        expect(askedOf(author).map((ephemeral) => ephemeral.text)).toEqual(['Which team are you in?']);
      }

      const stored = (await store.contributions.list(teamId, map.id)).filter((c) => c.source === 'thread');
      expect(stored.map(threadItemOf).sort()).toEqual(THREAD_ITEMS.map(expectedItemKey).sort());
    },
    30_000,
  );

  const stageId = (name: string) => map.stages.find((stage) => stage.name === name)!.id;
  const threadItemOf = (c: Contribution) => `${c.authorId}|${c.kind}|${c.stageId}|${c.text}`;
  const expectedItemKey = (item: ThreadItem & { author: string }) =>
    `${item.author}|${item.kind}|${stageId(item.stage)}|${item.text}`;

  async function click(userId: string, actionId: string, value: string) {
    const reply = await cluster!.next().slack.blockAction({ actionId, value, userId, channelId: dmChannelId(userId) });
    expect(reply.status).toBe(200);
  }

  const waitForDm = (userId: string, text: string) =>
    vi.waitFor(() => expect(readable(lastDm({ fake }, userId))).toContain(text), WAIT);

  async function submitStage(instance: Instance, person: Interviewee, stageIndex: number) {
    const reply = await instance.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: person.userId,
      values: stageForm(person, STAGES[stageIndex]!),
      privateMetadata: JSON.stringify({ mapId: map.id, stageIndex }),
    });
    // An empty ack closes the form: the answer is acknowledged.
    expect(reply).toEqual({ status: 200, body: '' });
  }

  it.skipIf(!available)(
    'keeps every acknowledged interview answer once, with both interviews hopping between instances',
    async () => {
      for (const person of INTERVIEWEES) {
        await click(person.userId, 'interview_start', buttonValue(lastDm({ fake }, person.userId), 'interview_start'));
        await waitForDm(person.userId, 'which team');
      }
      for (const person of INTERVIEWEES) {
        const actionId = `interview_department:${person.department}`;
        await click(person.userId, actionId, buttonValue(lastDm({ fake }, person.userId), actionId));
        await waitForDm(person.userId, 'Stage 1 of 5');
      }
      // Both answer each stage at the same moment, each through another instance.
      for (const [stageIndex] of STAGES.entries()) {
        await Promise.all(INTERVIEWEES.map((person) => submitStage(cluster!.next(), person, stageIndex)));
        await vi.waitFor(async () => {
          for (const person of INTERVIEWEES) {
            const session = await store.sessions.get(teamId, map.id, person.userId);
            expect(session?.stages[stageIndex]?.status).toBe('answered');
          }
        }, WAIT);
      }
      // An old form sent again, to the other instance, changes nothing; so does one form submitted twice at
      // the same moment to both instances (a second press while the first ack is slow).
      await submitStage(cluster!.next(), INTERVIEWEES[1], 2);
      await Promise.all([submitStage(cluster!.a, INTERVIEWEES[0], 3), submitStage(cluster!.b, INTERVIEWEES[0], 3)]);
      for (const person of INTERVIEWEES) {
        await click(person.userId, 'interview_finish', map.id);
        await waitForDm(person.userId, 'Thank you!');
      }

      const contributions = await store.contributions.list(teamId, map.id);
      expect(contributions.filter((c) => c.retracts)).toEqual([]);
      const fromInterviews = contributions.filter((c) => c.source === 'interview');
      expect(fromInterviews).toHaveLength(INTERVIEWEES.length * STAGES.length * 3);
      const view = fold(map, contributions);
      expect(view.contributionCount).toBe(THREAD_ITEMS.length + fromInterviews.length);
      for (const [index, stage] of STAGES.entries()) {
        const stageView = view.stages[index]!;
        for (const person of INTERVIEWEES) {
          const action = stageView.items.action.find((item) => item.text === `${person.name} reads about ${stage}`);
          const obstacle = stageView.items.obstacle.find(
            (item) => item.text === `${person.name} gets stuck at ${stage}`,
          );
          expect([action?.count, obstacle?.count]).toEqual([1, 1]);
          expect(stageView.feeling.byDepartment[person.department]).toEqual({ count: 1, mean: person.score });
        }
        expect(stageView.feeling.count).toBe(INTERVIEWEES.length);
      }
      for (const item of THREAD_ITEMS) {
        const stageView = view.stages[STAGES.indexOf(item.stage as (typeof STAGES)[number])]!;
        expect(stageView.items[item.kind].filter((merged) => merged.text === item.text)).toEqual([
          expect.objectContaining({ count: 1, contributorIds: [item.author] }),
        ]);
      }
      for (const person of INTERVIEWEES) {
        expect((await store.sessions.get(teamId, map.id, person.userId))?.status).toBe('done');
        expect(await store.people.get(teamId, person.userId)).toMatchObject({ department: person.department });
      }
    },
    30_000,
  );

  it.skipIf(!available)('posts one automatic summary per trigger, whichever instance saw it', async () => {
    // Every stage settled when its last stakeholder answered (Consideration's 12 thread inputs alone wait for an
    // hour of quiet, which this run does not last).
    await vi.waitFor(() => {
      expect(summaries()).toHaveLength(STAGES.length);
      expect(logsFor('stage summarised', (line) => line.mapId === map.id)).toHaveLength(STAGES.length);
    }, WAIT);
    summariesSeenAt = Date.now();
    for (const stage of STAGES) {
      const posts = summariesOf(stage);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toContain(`🔔 Posted because every stakeholder has now answered ${stage}.`);
    }
  });

  it.skipIf(!available)(
    'a while later, still one digest for the due map (none for the new one), one nudge, one summary per trigger',
    async () => {
      const settled = Math.max(digestSeenAt, summariesSeenAt) + SETTLE_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, settled - Date.now())));
      expect(digestsIn(digestMap)).toHaveLength(1);
      expect(logsFor('digest posted', (line) => line.mapId === digestMap.id)).toHaveLength(1);
      expect(digestsIn(map)).toEqual([]);
      expect(logsFor('digest posted', (line) => line.mapId === map.id)).toEqual([]);
      expect(summaries()).toHaveLength(STAGES.length);
      // Compared as text, so an extra DM shows what it said.
      expect(dms({ fake }, DORA).map(readable)).toEqual([
        expect.stringContaining(`This week's digest for *Digest due ${run}* is out`),
      ]);
      expect(logsFor('unhandled listener error')).toEqual([]);
    },
  );

  it.skipIf(!available)('stops both on SIGTERM, exiting 0', async () => {
    expect(await cluster!.stop()).toEqual([0, 0]);
  });
});
