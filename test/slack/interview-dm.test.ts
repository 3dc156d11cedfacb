import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fold } from '../../src/journey/fold.ts';
import type { JourneyMap, Kind } from '../../src/journey/model.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import type { FakeMessage } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import { directMessageEvent, typeInDm } from '../support/direct-messages.ts';
import { buttonValue, createMapThroughModal, dms, lastDm, readable, TEAM } from '../support/journey-steps.ts';

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Replied map', stakeholders: ['U0EVA', 'U0FINN'] });
});

/** A person types `text` in their DM with the bot; resolves with the one DM the bot answers with. */
async function reply(userId: string, text: string): Promise<FakeMessage> {
  const before = dms(h, userId).length;
  const response = await typeInDm(h, userId, text);
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(dms(h, userId)).toHaveLength(before + 1), { timeout: 5_000 });
  return lastDm(h, userId)!;
}

/** A person presses a button in the DM message that carries it. */
async function press(userId: string, message: FakeMessage, actionId: string): Promise<FakeMessage> {
  const before = dms(h, userId).length;
  const response = await h.slack.blockAction({
    actionId,
    value: buttonValue(message, actionId),
    userId,
    channelId: dmChannelId(userId),
    messageTs: message.ts,
  });
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(dms(h, userId)).toHaveLength(before + 1), { timeout: 5_000 });
  return lastDm(h, userId)!;
}

/** The invitation may still be on its way when the map card is up: it is sent after. */
async function startInterview(userId: string): Promise<FakeMessage> {
  const invitation = await vi.waitFor(() => {
    const [first] = dms(h, userId);
    expect(readable(first)).toContain('asked for your help with the journey map *Replied map*');
    return first!;
  });
  return press(userId, invitation, 'interview_start');
}

/** The person's contributions as [stage, kind, text, score], in the order they were made. */
async function saidBy(userId: string) {
  const contributions = await h.deps.store.contributions.list(TEAM, map.id);
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  return contributions
    .filter((contribution) => contribution.authorId === userId)
    .map(({ stageId, kind, text, score }) => [stageNames.get(stageId), kind, text, score]);
}

type Stored = readonly [kind: Kind, text: string, score?: number];
/** A reply, what it puts on the map (a kind: the reply as typed; nothing for a skip), a phrase of what is asked next. */
type Turn = readonly [reply: string, stored: Kind | readonly Stored[], nextQuestion: string];

/** The whole interview after the department, stage by stage. */
const INTERVIEW: ReadonlyArray<readonly [stage: string, turns: readonly Turn[]]> = [
  [
    'Awareness',
    [
      ['Find out if we deliver to their town', 'goal', 'What is the customer doing in Awareness?'],
      ['Sees our ad on Instagram', 'action', 'How does the customer feel in Awareness?'],
      [
        '2 they worry about price',
        [
          ['feeling', '', 2],
          ['thought', 'they worry about price'],
        ],
        'Where does the customer meet us in Awareness?',
      ],
      [
        'website, reviews and a podcast',
        [
          ['touchpoint', 'Website'],
          ['touchpoint', 'Reviews'],
          ['touchpoint', 'podcast'],
        ],
        'What stops the customer in Awareness or makes them leave?',
      ],
      ['Shipping costs show up late', 'obstacle', 'What would move the customer from Awareness to the next stage?'],
      ['Free shipping over 50 euros', 'idea', '✅ Thanks, *Awareness* is on the map.\n*Stage 2 of 5: Consideration*'],
    ],
  ],
  [
    'Consideration',
    [
      ['skip', [], 'What is the customer doing in Consideration?'],
      ['skip', [], 'cannot be skipped'],
      ['Compares plans on the pricing page', 'action', 'How does the customer feel in Consideration?'],
      [
        ':slightly_smiling_face: the plans look fair',
        [
          ['feeling', '', 4],
          ['thought', 'the plans look fair'],
        ],
        'Where does the customer meet us in Consideration?',
      ],
      [
        'sales call and demo',
        [
          ['touchpoint', 'Sales call'],
          ['touchpoint', 'Demo'],
        ],
        'What stops the customer in Consideration or makes them leave?',
      ],
      ['Too many plans to compare', 'obstacle', 'What would move the customer from Consideration to the next stage?'],
      ['skip', [], '✅ Thanks, *Consideration* is on the map.\n*Stage 3 of 5: Decision*'],
    ],
  ],
  [
    'Decision',
    [
      ['Know the total before paying', 'goal', 'What is the customer doing in Decision?'],
      ['Adds items to the cart', 'action', 'How does the customer feel in Decision?'],
      ['very bad', [['feeling', '', 1]], 'Where does the customer meet us in Decision?'],
      ['Website', 'touchpoint', 'What stops the customer in Decision or makes them leave?'],
      [
        'Delivery &amp; returns costs hide &lt;until the last step&gt;',
        [['obstacle', 'Delivery & returns costs hide <until the last step>']],
        'What would move the customer from Decision to the next stage?',
      ],
      ['Show the total on the product page', 'idea', '✅ Thanks, *Decision* is on the map.\n*Stage 4 of 5: Retention*'],
    ],
  ],
  [
    'Retention',
    [
      ['skip', [], 'What is the customer doing in Retention?'],
      ['Tracks the parcel', 'action', 'How does the customer feel in Retention?'],
      ['😍', [['feeling', '', 5]], 'Where does the customer meet us in Retention?'],
      ['email', [['touchpoint', 'Email']], 'What stops the customer in Retention or makes them leave?'],
      ['-', [], 'What would move the customer from Retention to the next stage?'],
      ['Send a thank-you note', 'idea', '✅ Thanks, *Retention* is on the map.\n*Stage 5 of 5: Advocacy*'],
    ],
  ],
  [
    'Advocacy',
    [
      ['skip', [], 'What is the customer doing in Advocacy?'],
      ['Tells friends about us', 'action', 'How does the customer feel in Advocacy?'],
      ['3', [['feeling', '', 3]], 'Where does the customer meet us in Advocacy?'],
      [
        'social media, reviews',
        [
          ['touchpoint', 'Social media'],
          ['touchpoint', 'Reviews'],
        ],
        'What stops the customer in Advocacy or makes them leave?',
      ],
      ['No reward for referrals', 'obstacle', 'What would make Advocacy better for the customer?'],
      ['A referral discount', 'idea', '✅ Thanks, *Advocacy* is on the map.\n📋 *Your answers for Replied map.*'],
    ],
  ],
];

const TURNS = INTERVIEW.flatMap(([, turns]) => turns);
/** Everything the interview puts on the map, as [stage, kind, text, score], in the order it was said. */
const EXPECTED = INTERVIEW.flatMap(([stage, turns]) =>
  turns.flatMap(([reply, stored]) =>
    (typeof stored === 'string' ? [[stored, reply] as const] : stored).map(([kind, text, score]) => [
      stage,
      kind,
      text,
      score,
    ]),
  ),
);

/** Short, friendly, and the person can tell what to do next: answer a question, press a button or follow a link. */
function expectFriendlyNextStep(message: FakeMessage) {
  const text = readable(message);
  expect(text.length, text).toBeLessThanOrEqual(700);
  expect(text, text).not.toMatch(/error|exception|undefined|null|\[object/i);
  const hasButton = JSON.stringify(message.blocks ?? []).includes('"type":"button"');
  expect(hasButton || /\?|reply with|press|see the map/i.test(text), text).toBe(true);
}

describe('the guided interview through DM replies', () => {
  it('takes each reply as the answer to the question just asked, stage by stage, to a thank-you', async () => {
    const askDepartment = await startInterview('U0EVA');
    expect(readable(askDepartment)).toContain('which team are you in?');
    const misunderstood = await reply('U0EVA', 'marketeers');
    expect(readable(misunderstood)).toContain('Reply with one of: Marketing, Sales, Support');

    const first = await reply('U0EVA', 'sales');
    expect(readable(first)).toContain(
      '*Stage 1 of 5: Awareness* · _Replied map_\nIn Awareness, what does the customer want',
    );
    for (const [text, , nextQuestion] of TURNS) {
      const answer = await reply('U0EVA', text);
      expect(readable(answer), `after "${text}"`).toContain(nextQuestion);
    }
    const review = lastDm(h, 'U0EVA')!;
    expect(readable(review)).toContain('Change any stage, or finish when it looks right.');
    const thanks = await press('U0EVA', review, 'interview_finish');
    expect(readable(thanks)).toContain(
      `🙏 *Thank you!* ${EXPECTED.length} answers from you are now on *Replied map* (5 stages answered)`,
    );
    expect(readable(thanks)).toContain('see the map');

    const bot = dms(h, 'U0EVA').slice(1);
    expect(bot).toHaveLength(TURNS.length + 4);
    for (const message of bot) expectFriendlyNextStep(message);

    expect(await saidBy('U0EVA')).toEqual(EXPECTED);
    const contributions = await h.deps.store.contributions.list(TEAM, map.id);
    expect(contributions.every((c) => c.department === 'sales' && c.source === 'interview' && !c.retracts)).toBe(true);
    expect(await h.deps.store.people.get(TEAM, 'U0EVA')).toMatchObject({ department: 'sales' });
    const session = await h.deps.store.sessions.get(TEAM, map.id, 'U0EVA');
    expect(session?.status).toBe('done');
    expect(session?.stages.map((stage) => stage.status)).toEqual(Array(5).fill('answered'));

    const view = fold(map, contributions);
    expect(view.contributionCount).toBe(EXPECTED.length);
    expect(view.departments).toEqual(['sales']);
    expect(view.stages.map((stage) => stage.feeling.mean)).toEqual([2, 4, 1, 5, 3]);
    expect(view.stages.map((stage) => stage.items.touchpoint.map((item) => item.text).sort())).toEqual([
      ['Reviews', 'Website', 'podcast'],
      ['Demo', 'Sales call'],
      ['Website'],
      ['Email'],
      ['Reviews', 'Social media'],
    ]);
    const items = view.stages.flatMap((stage) => Object.values(stage.items).flat());
    expect(items.every((item) => item.count === 1 && item.departments.join() === 'sales')).toBe(true);
  });

  it('explains why a required question cannot be skipped and takes the next reply as its answer', async () => {
    const askDepartment = await startInterview('U0FINN');
    expect(readable(askDepartment)).toContain('which team are you in?');
    expect(readable(await reply('U0FINN', 'Customer support'))).toContain('Stage 1 of 5: Awareness');
    expect(readable(await reply('U0FINN', 'skip'))).toContain('What is the customer doing in Awareness?');

    const refused = await reply('U0FINN', 'skip');
    expect(readable(refused)).toContain('This question matters for the map, so it cannot be skipped.');
    expect(readable(refused)).toContain('press "Skip stage"');
    expect(readable(refused)).toContain('What is the customer doing in Awareness?');
    expect(readable(refused)).toContain('Not sure about this stage? Press *Skip stage*.');
    expectFriendlyNextStep(refused);
    expect(await saidBy('U0FINN')).toEqual([]);

    expect(readable(await reply('U0FINN', 'Reads the FAQ'))).toContain('How does the customer feel in Awareness?');
    expect(await saidBy('U0FINN')).toEqual([['Awareness', 'action', 'Reads the FAQ', undefined]]);
  });

  it('counts a DM once, whether Slack retries its event_id or sends it under a second one', async () => {
    expect(readable(lastDm(h, 'U0FINN'))).toContain('How does the customer feel in Awareness?');
    const before = dms(h, 'U0FINN').length;
    const typed = h.fake.addUserMessage({ channel: dmChannelId('U0FINN'), user: 'U0FINN', text: '4 curious' });
    const event = directMessageEvent(typed);
    await Promise.all([
      h.slack.event(event, { eventId: 'EvDMRETRY01' }),
      h.slack.event(event, { eventId: 'EvDMRETRY01', retryNum: 1, retryReason: 'http_timeout' }),
    ]);
    await h.slack.event(event, { eventId: 'EvDMRETRY01', retryNum: 2, retryReason: 'http_timeout' });
    await h.slack.event(event, { eventId: 'EvDMSECONDID' });
    await vi.waitFor(() => {
      const skipped = h.logs.filter((line) => line.msg === 'duplicate event skipped' && line.eventId === 'EvDMRETRY01');
      expect(skipped).toHaveLength(2);
    });
    await vi.waitFor(() => expect(dms(h, 'U0FINN')).toHaveLength(before + 1));
    expect(readable(lastDm(h, 'U0FINN'))).toContain('Where does the customer meet us in Awareness?');

    expect(await saidBy('U0FINN')).toEqual([
      ['Awareness', 'action', 'Reads the FAQ', undefined],
      ['Awareness', 'feeling', '', 4],
      ['Awareness', 'thought', 'curious', undefined],
    ]);
    const session = await h.deps.store.sessions.get(TEAM, map.id, 'U0FINN');
    expect(session).toMatchObject({ status: 'answering', stageIndex: 0, step: 'touchpoint' });
  });

  it('takes two quick replies as answers to two questions in a row, never both to one', async () => {
    const before = dms(h, 'U0FINN').length;
    const first = h.fake.addUserMessage({ channel: dmChannelId('U0FINN'), user: 'U0FINN', text: 'website' });
    const second = h.fake.addUserMessage({
      channel: dmChannelId('U0FINN'),
      user: 'U0FINN',
      text: 'prices are unclear',
    });
    await Promise.all([h.slack.event(directMessageEvent(first)), h.slack.event(directMessageEvent(second))]);
    await vi.waitFor(() => expect(dms(h, 'U0FINN')).toHaveLength(before + 2), { timeout: 5_000 });
    const session = await h.deps.store.sessions.get(TEAM, map.id, 'U0FINN');
    expect(session).toMatchObject({ status: 'answering', stageIndex: 0, step: 'idea' });
    const answers = (await saidBy('U0FINN')).slice(3);
    expect(answers.map(([, kind]) => kind)).toEqual(['touchpoint', 'obstacle']);
    expect(session?.stages[0]?.answers.map((answer) => answer.kind)).toEqual([
      'action',
      'feeling',
      'thought',
      'touchpoint',
      'obstacle',
    ]);
  });

  it('tells someone with no interview how to start one, and stores nothing', async () => {
    const answer = await reply('U0GUS', 'hello, what is this?');
    expect(readable(answer)).toContain('You have no interview in progress.');
    expect(readable(answer)).toContain('/journey interview [map]');
    expectFriendlyNextStep(answer);
    expect(await h.deps.store.sessions.get(TEAM, map.id, 'U0GUS')).toBeUndefined();
    expect(await saidBy('U0GUS')).toEqual([]);
  });

  it('changes nothing when a finished interview gets another reply', async () => {
    const stored = await h.deps.store.contributions.list(TEAM, map.id);
    const answer = await reply('U0EVA', 'one more thing: the app is slow');
    expect(readable(answer)).toContain('Thank you!');
    expect(await h.deps.store.contributions.list(TEAM, map.id)).toEqual(stored);
  });
});
