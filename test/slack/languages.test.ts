// A Greek, a Simplified and a Traditional Chinese team use Journey Bot end to end: the creator's Slack locale is
// en-US, but they type the map's name in their language. Every surface the bot shows for that map must speak it.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Language, translator } from '../../src/i18n/index.ts';
import { defaultStageNames, type JourneyMap } from '../../src/journey/model.ts';
import { createRenderQuota } from '../../src/slack/render-quota.ts';
import { foreignFragments } from '../i18n/foreign-fragments.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import type { FakeMessage } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import { typeInDm } from '../support/direct-messages.ts';
import {
  buttonValue,
  CHANNEL,
  createMapThroughModal,
  dms,
  lastDm,
  type NewMapForm,
  newMapValues,
  OWNER,
  readable,
  TEAM,
} from '../support/journey-steps.ts';
import { slackUser } from '../support/slack-users.ts';
import { reply as replyInThread } from './thread-harness.ts';

interface LanguageCase {
  language: Exclude<Language, 'en'>;
  form: NewMapForm;
  /** What the first interview question shows, in that language. */
  interviewWord: string;
  /** One stage of DM replies, as a person types them; the feeling as a word of that language. */
  dmReplies: { goal: string; action: string; feeling: string; touchpoints: string; obstacle: string; idea: string };
  /** The score the feeling word means, and how many touchpoints the list holds. */
  feelingScore: number;
  touchpointCount: number;
  /** The stage form's answers: obstacles and ideas typed in the map's language. */
  formObstacles: string;
  /** A thread reply in the shorthand of that language, naming the second stage without accents. */
  threadReply: string;
  /** Words a stage summary and the digest show in that language. */
  summaryWord: string;
  /** How the one-stage narrative starts: "2 people" in the map's language. */
  narrativeWord: string;
  digestWord: string;
}

const CASES: LanguageCase[] = [
  {
    language: 'el',
    form: {
      name: 'Νέοι πελάτες καταστήματος',
      goal: 'Γιατί οι νέοι πελάτες φεύγουν πριν πληρώσουν;',
      personaName: 'Μαρία, φοιτήτρια',
      personaDescription: 'Ψωνίζει από το κινητό το βράδυ',
    },
    interviewWord: 'Στάδιο 1',
    dmReplies: {
      goal: 'Να δει αν το προϊόν της κάνει',
      action: 'Ψάχνει κριτικές στο Instagram',
      feeling: 'πολύ αρνητικά',
      touchpoints: 'Instagram, φίλοι και ιστοσελίδα',
      obstacle: 'Δεν βρίσκει πουθενά τα έξοδα αποστολής',
      idea: 'Να δείχνουμε τα μεταφορικά από την αρχή',
    },
    feelingScore: 1,
    touchpointCount: 3,
    formObstacles: 'Η ουρά στο ταμείο είναι τεράστια',
    threadReply: 'εμπόδιο: το ταμείο ζητά λογαριασμό @θεωρηση',
    summaryWord: 'Θεώρηση',
    narrativeWord: '2 άτομα',
    digestWord: 'Νέοι πελάτες καταστήματος',
  },
  {
    language: 'zh-Hans',
    form: {
      name: '网购新客',
      goal: '为什么新客户在付款前离开？',
      personaName: '小林，上班族',
      personaDescription: '晚上用手机购物',
    },
    interviewWord: '阶段',
    dmReplies: {
      goal: '看看价格合不合适',
      action: '在小红书上看评价',
      feeling: '很失望',
      touchpoints: '官网、小红书，朋友推荐',
      obstacle: '运费到最后才显示',
      idea: '一开始就显示运费',
    },
    feelingScore: 1,
    touchpointCount: 3,
    formObstacles: '结账时必须注册账号',
    threadReply: '障碍：不支持支付宝 @考虑',
    summaryWord: '考虑',
    narrativeWord: '2 人',
    digestWord: '网购新客',
  },
  {
    language: 'zh-Hant',
    form: {
      name: '網路商店新客戶',
      goal: '為什麼新客戶在付款前離開？',
      personaName: '小林，上班族',
      personaDescription: '晚上用手機購物',
    },
    interviewWord: '階段',
    dmReplies: {
      goal: '看看價格合不合適',
      action: '在臉書上看評價',
      feeling: '很失望',
      touchpoints: '官網、臉書，朋友推薦',
      obstacle: '運費到最後才顯示',
      idea: '一開始就顯示運費',
    },
    feelingScore: 1,
    touchpointCount: 3,
    formObstacles: '結帳時一定要註冊帳號',
    threadReply: '障礙：不能用 LINE Pay 付款 @考慮',
    summaryWord: '考慮',
    narrativeWord: '2 人',
    digestWord: '網路商店新客戶',
  },
];

/** Four English words in a row: a sentence, where only people's own words and names may be in English. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:[ ,'’]+[A-Za-z]{2,}){3,}/g;

const h = useHarness();

beforeAll(async () => {
  for (const user of [OWNER, 'U0ANNA', 'U0BEN']) {
    h.fake.users.set(user, slackUser(user, { tz: 'Europe/Athens', locale: 'en-US' }));
  }
});

/** A person types in their DM with the bot; resolves with the bot's next DM. */
async function dmReply(userId: string, text: string): Promise<FakeMessage> {
  const before = dms(h, userId).length;
  expect((await typeInDm(h, userId, text)).status).toBe(200);
  await vi.waitFor(() => expect(dms(h, userId).length).toBeGreaterThan(before), { timeout: 5_000 });
  return lastDm(h, userId)!;
}

/** A person presses a button in a DM; resolves with the bot's next DM. */
async function press(userId: string, message: FakeMessage | undefined, actionId: string): Promise<FakeMessage> {
  const before = dms(h, userId).length;
  const value = buttonValue(message, actionId);
  const response = await h.slack.blockAction({ actionId, value, userId, channelId: dmChannelId(userId) });
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(dms(h, userId).length).toBeGreaterThan(before), { timeout: 5_000 });
  return lastDm(h, userId)!;
}

/** The invitation, started, and the department answered when asked (once a person): the first question. */
async function firstQuestion(userId: string): Promise<FakeMessage> {
  const invitation = await vi.waitFor(() => {
    const [first] = dms(h, userId);
    expect(first).toBeDefined();
    return first!;
  });
  const started = await press(userId, invitation, 'interview_start');
  const asksDepartment = JSON.stringify(started.blocks ?? []).includes('interview_department:sales');
  return asksDepartment ? press(userId, started, 'interview_department:sales') : started;
}

async function contributionsOf(map: JourneyMap, userId: string) {
  return (await h.deps.store.contributions.list(TEAM, map.id)).filter((c) => c.authorId === userId);
}

/** Everything the bot showed anyone: messages, ephemerals, responses, modals and the text of files. */
function everythingShown(): string[] {
  const bot = h.fake.messages().filter((message) => !['U0ANNA', 'U0BEN', OWNER, 'U0CAROL'].includes(message.user));
  const files = h.fake
    .files()
    .filter((file) => !file.filename.endsWith('.png'))
    .map((file) => [file.title ?? '', file.initial_comment ?? '', file.bytes?.toString('utf8') ?? ''].join('\n'));
  return [
    ...bot.map(readable),
    ...h.fake.ephemerals().map((ephemeral) => readable(ephemeral)),
    ...h.fake.responses.map((response) => JSON.stringify(response)),
    ...h.fake.views().map((view) => JSON.stringify(view)),
    ...files,
  ];
}

async function command(text: string, channelId = CHANNEL) {
  const response = await h.slack.command(text, { userId: OWNER, channelId });
  expect(response.status).toBe(200);
  return response;
}

describe.each(CASES)('a map written in $language by someone whose Slack speaks en-US', (c) => {
  let map: JourneyMap;
  // Each language is a fresh minute for the owner, who renders more here than a person would in one.
  beforeEach(() => {
    h.deps.renders = createRenderQuota();
  });

  it('takes the language from what was typed and starts with that language’s stages', async () => {
    h.fake.reset();
    // Each language's map in a channel of its own: a channel holds one live map.
    const channel = `C0${c.language.replace('-', '').toUpperCase()}`;
    map = await createMapThroughModal(h, { ...c.form, channel, stakeholders: ['U0ANNA', 'U0BEN'] });
    expect(map.language).toBe(c.language);
    expect(map.stages.map((stage) => stage.name)).toEqual(defaultStageNames(translator(c.language)));
  });

  it('interviews by DM reply, understanding feeling words and lists in that language', async () => {
    const question = await firstQuestion('U0ANNA');
    expect(readable(question)).toContain(c.interviewWord);
    const { goal, action, feeling, touchpoints, obstacle, idea } = c.dmReplies;
    for (const answer of [goal, action, feeling, touchpoints, obstacle, idea]) await dmReply('U0ANNA', answer);
    const said = await contributionsOf(map, 'U0ANNA');
    expect(said.find((contribution) => contribution.kind === 'feeling')?.score).toBe(c.feelingScore);
    expect(said.filter((contribution) => contribution.kind === 'touchpoint')).toHaveLength(c.touchpointCount);
    expect(said.some((contribution) => contribution.kind === 'obstacle' && contribution.text === obstacle)).toBe(true);
  });

  it('interviews by the stage form, whose modal speaks that language', async () => {
    const question = await firstQuestion('U0BEN');
    const opened = h.fake.callsTo('views.open').length;
    const value = buttonValue(question, 'interview_open_stage');
    await h.slack.blockAction({
      actionId: 'interview_open_stage',
      value,
      userId: 'U0BEN',
      channelId: dmChannelId('U0BEN'),
      triggerId: `trigger-${c.language}`,
    });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').length).toBeGreaterThan(opened));
    const view = h.fake.lastCall('views.open')!.args.view as { private_metadata: string };
    const answer = (text: string) => ({ value: { type: 'plain_text_input', value: text } });
    const response = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: 'U0BEN',
      privateMetadata: view.private_metadata,
      values: {
        goal: answer(c.dmReplies.goal),
        action: answer(c.dmReplies.action),
        score: { value: { type: 'static_select', selected_option: { value: '2' } } },
        thought: answer(''),
        touchpoints: { value: { type: 'multi_static_select', selected_options: [] } },
        other_touchpoints: answer(c.dmReplies.touchpoints),
        obstacles: answer(c.formObstacles),
        ideas: answer(c.dmReplies.idea),
      },
    });
    expect(response.status).toBe(200);
    await vi.waitFor(async () => {
      const said = await contributionsOf(map, 'U0BEN');
      expect(
        said.some((contribution) => contribution.kind === 'obstacle' && contribution.text === c.formObstacles),
      ).toBe(true);
    });
  });

  it('records a thread reply in the shorthand of that language, at the stage it names', async () => {
    await replyInThread(h, map, 'U0CAROL', c.threadReply);
    await vi.waitFor(async () => {
      const said = await contributionsOf(map, 'U0CAROL');
      expect(said.map(({ kind, stageId }) => ({ kind, stageId }))).toEqual([
        { kind: 'obstacle', stageId: map.stages[1]!.id },
      ]);
    });
  });

  it('summarises, previews the digest and exports every format in that language', async () => {
    await command(`summary ${map.name}`);
    await vi.waitFor(() => expect(h.fake.responses.length).toBeGreaterThan(0), { timeout: 10_000 });
    await command(`digest ${map.name}`);
    for (const format of ['csv', 'md', 'mermaid', 'json', 'png']) await command(`export ${map.name} ${format}`);
    await vi.waitFor(() => expect(h.fake.files().filter((file) => file.completed)).toHaveLength(5), {
      timeout: 15_000,
    });
    const shown = everythingShown().join('\n');
    expect(shown).toContain(c.summaryWord);
    expect(shown).toContain(c.digestWord);
  });

  it('summarises one stage with a narrative and improvements that name what they answer, in that language', async () => {
    const before = h.fake.responses.length;
    await command(`summary ${map.name} ${map.stages[0]!.name}`);
    await vi.waitFor(() => expect(h.fake.responses.length).toBeGreaterThan(before), { timeout: 10_000 });
    const post = h.fake
      .messages(map.channelId)
      .filter((message) => message.thread_ts === map.cardTs)
      .at(-1);
    const text = readable(post);
    expect(text).toContain(`💬 ${c.narrativeWord}`);
    expect(text).toContain('🎯');
    expect(text).toContain(c.dmReplies.obstacle);
  });

  it('shows no catalog text of another language anywhere', () => {
    const shown = everythingShown();
    expect(shown.length).toBeGreaterThan(10);
    const found = shown.flatMap((text) => foreignFragments(text, c.language));
    expect([...new Set(found)]).toEqual([]);
  });

  it('shows no English sentence outside the catalogs either (text left in code)', () => {
    const english = everythingShown().flatMap((text) => text.match(ENGLISH_RUN) ?? []);
    expect([...new Set(english)]).toEqual([]);
  });
});

describe('map names', () => {
  it('are one name whatever the Chinese script: 網購新客 is taken once 网购新客 exists', async () => {
    const response = await h.slack.viewSubmission({
      callbackId: 'map_new',
      userId: OWNER,
      values: newMapValues({ name: '網購新客', channel: 'C0SCRIPTS' }),
      privateMetadata: JSON.stringify({ channelId: 'C0SCRIPTS' }),
    });
    expect(response.body).toMatchObject({
      response_action: 'errors',
      errors: { name: expect.stringContaining('already has a map with that name') },
    });
  });
});

describe('what is not about one map', () => {
  it('follows the Slack locale of someone who never wrote to it: help in Traditional Chinese for zh-TW, English for en-US', async () => {
    h.fake.users.set('U0TAIPEI', slackUser('Mei', { tz: 'Asia/Taipei', locale: 'zh-TW' }));
    h.fake.users.set('U0BOSTON', slackUser('Sam', { tz: 'America/New_York', locale: 'en-US' }));
    const taipei = await h.slack.command('help', { userId: 'U0TAIPEI', channelId: CHANNEL });
    expect(readable(taipei.body as FakeMessage)).toContain('我能做這些');
    expect(foreignFragments(readable(taipei.body as FakeMessage), 'zh-Hant')).toEqual([]);
    // Not the owner: they wrote this file's maps in Greek and Chinese, and are answered in what they wrote last.
    const english = await h.slack.command('help', { userId: 'U0BOSTON', channelId: CHANNEL });
    const englishHelp = readable(english.body as FakeMessage);
    expect(englishHelp).toContain('Here is what I can do');
    // The check above is only worth something if it finds English where English does not belong.
    expect(foreignFragments(englishHelp, 'el')).toContain('Here is what I can do');
  });

  it('opens the new-map modal in the person’s language, or in the language of the name typed with it', async () => {
    const opened = async (text: string, userId: string) => {
      const before = h.fake.callsTo('views.open').length;
      await h.slack.command(text, { userId, channelId: CHANNEL });
      await vi.waitFor(() => expect(h.fake.callsTo('views.open').length).toBeGreaterThan(before));
      return h.fake.lastCall('views.open')!.args.view as { title: { text: string }; blocks: unknown[] };
    };
    const taipei = await opened('new', 'U0TAIPEI');
    expect(taipei.title.text).toBe('新增客戶旅程地圖');
    expect(JSON.stringify(taipei.blocks)).toContain('意識\\n考慮');
    const greek = await opened('new Πελάτες καταστήματος', OWNER);
    expect(greek.title.text).toBe('Νέος χάρτης ταξιδιού');
    const language = (greek.blocks as { block_id: string; element: { initial_option?: { value: string } } }[]).find(
      (block) => block.block_id === 'language',
    );
    expect(language?.element.initial_option?.value).toBe('el');
  });

  it('lets the owner change a map’s language, and the card follows', async () => {
    const map = await createMapThroughModal(h, { name: 'Switching shoppers', stakeholders: [] });
    expect(map.language).toBe('en');
    const response = await h.slack.command('language Switching shoppers 繁體中文', {
      userId: OWNER,
      channelId: CHANNEL,
    });
    expect(readable(response.body as FakeMessage)).toContain('現在使用繁體中文');
    expect((await h.deps.store.maps.find(TEAM, 'Switching shoppers'))?.language).toBe('zh-Hant');
    await vi.waitFor(() => {
      const card = h.fake.messages(CHANNEL).find((message) => message.ts === map.cardTs);
      expect(readable(card)).toContain('代表我的團隊回答');
    });
    const stranger = await h.slack.command('language Switching shoppers el', { userId: 'U0ANNA', channelId: CHANNEL });
    expect(readable(stranger.body as FakeMessage)).toContain('只有地圖負責人');
  });
});
