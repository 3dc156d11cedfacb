import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import { typeInDm } from '../support/direct-messages.ts';
import { makeMap } from '../support/factories.ts';
import { CHANNEL, dms, lastDm, readable, TEAM } from '../support/journey-steps.ts';

const h = useHarness();
const greek: JourneyMap = makeMap({
  teamId: TEAM,
  channelId: CHANNEL,
  language: 'el',
  name: 'Νέοι αγοραστές',
  goal: 'Γιατί φεύγουν πριν πληρώσουν;',
  persona: { name: 'Μαρία', description: '' },
  stages: createStages(['Συνείδηση', 'Θεώρηση']),
});
const chinese: JourneyMap = makeMap({
  teamId: TEAM,
  channelId: CHANNEL,
  language: 'zh-Hans',
  name: '新买家',
  goal: '为什么客户付款前就离开了？',
  persona: { name: '小美', description: '' },
  stages: createStages(['认知', '考虑']),
});

beforeAll(async () => {
  for (const map of [greek, chinese]) await h.deps.store.maps.create(map);
});

/** The one DM the bot answers `act` with. */
async function answered(userId: string, act: () => Promise<unknown>): Promise<string> {
  const before = dms(h, userId).length;
  await act();
  await vi.waitFor(() => expect(dms(h, userId)).toHaveLength(before + 1), { timeout: 5_000 });
  return readable(lastDm(h, userId));
}

function reply(userId: string, text: string): Promise<string> {
  return answered(userId, () => typeInDm(h, userId, text));
}

function press(userId: string, actionId: string, value: string): Promise<string> {
  return answered(userId, () => h.slack.blockAction({ actionId, value, userId, channelId: dmChannelId(userId) }));
}

async function said(map: JourneyMap, userId: string) {
  const contributions = await h.deps.store.contributions.list(TEAM, map.id);
  return contributions.filter((c) => c.authorId === userId).map(({ kind, text, score }) => [kind, text, score]);
}

describe('the interview in the map language', () => {
  it('asks in Greek and understands Greek replies, accents or not', async () => {
    expect(await press('U0ELENI', 'interview_start', greek.id)).toContain('σε ποιο τμήμα είστε;');
    expect(await reply('U0ELENI', 'μάρκετινγκ')).toContain('Στάδιο 1 από 2: Συνείδηση');
    expect(await reply('U0ELENI', 'Παράλειψη')).toContain('Τι κάνει ο πελάτης στο στάδιο «Συνείδηση»;');
    const refused = await reply('U0ELENI', 'παράλειψη');
    expect(refused).toContain('δεν παραλείπεται');
    expect(refused).toContain('Πατήστε *Παράλειψη σταδίου*');
    expect(await reply('U0ELENI', 'Βλέπει μια διαφήμιση')).toContain('Πώς νιώθει ο πελάτης');
    expect(await reply('U0ELENI', 'μμμ')).toContain('«άσχημα»');
    expect(await reply('U0ELENI', 'ΑΣΧΗΜΑ, ανησυχεί για την τιμή')).toContain('σημεία επαφής');
    expect(await reply('U0ELENI', 'ιστοσελίδα, κριτικές και podcast')).toContain('Τι εμποδίζει τον πελάτη');
    expect(await reply('U0ELENI', 'Ακριβά μεταφορικά')).toContain('στο επόμενο;');
    const next = await reply('U0ELENI', 'Δωρεάν μεταφορικά');
    expect(next).toContain('✅ Ευχαριστώ, το στάδιο *Συνείδηση* μπήκε στον χάρτη.');
    expect(next).toContain('Στάδιο 2 από 2: Θεώρηση');
    expect(await said(greek, 'U0ELENI')).toEqual([
      ['action', 'Βλέπει μια διαφήμιση', undefined],
      ['feeling', '', 2],
      ['thought', 'ανησυχεί για την τιμή', undefined],
      ['touchpoint', 'Ιστότοπος', undefined],
      ['touchpoint', 'Κριτικές', undefined],
      ['touchpoint', 'podcast', undefined],
      ['obstacle', 'Ακριβά μεταφορικά', undefined],
      ['idea', 'Δωρεάν μεταφορικά', undefined],
    ]);
    expect(await h.deps.store.people.get(TEAM, 'U0ELENI')).toMatchObject({ department: 'marketing' });
  });

  it('asks in Chinese and splits a Chinese list of touchpoints', async () => {
    expect(await press('U0WEI', 'interview_start', chinese.id)).toContain('你在哪个部门？');
    expect(await reply('U0WEI', '市场')).toContain('第 1 阶段（共 2 个）：认知');
    expect(await reply('U0WEI', '跳过')).toContain('在“认知”阶段，客户在做什么？');
    expect(await reply('U0WEI', '在小红书上看到广告')).toContain('客户有什么感受？');
    expect(await reply('U0WEI', '４分，还不错')).toContain('接触点');
    expect(await reply('U0WEI', '官网、小红书，朋友推荐')).toContain('障碍');
    expect(await said(chinese, 'U0WEI')).toEqual([
      ['action', '在小红书上看到广告', undefined],
      ['feeling', '', 4],
      ['thought', '还不错', undefined],
      ['touchpoint', '官网', undefined],
      ['touchpoint', '社交媒体', undefined],
      ['touchpoint', '朋友推荐', undefined],
    ]);
    const paused = await press('U0WEI', 'interview_pause', chinese.id);
    expect(paused).toContain('暂停');
    expect(paused).toContain('继续');
  });

  it('opens the stage form in the map language', async () => {
    await h.slack.blockAction({
      actionId: 'interview_open_stage',
      value: `${greek.id}|1`,
      userId: 'U0ELENI',
      channelId: dmChannelId('U0ELENI'),
    });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').length).toBeGreaterThan(0));
    const view = h.fake.lastCall('views.open')!.args.view as { title: { text: string }; submit: { text: string } };
    expect(view.title.text).toBe('Στάδιο 2 από 2');
    expect(view.submit.text).toBe('Αποθήκευση');
  });

  it('answers someone with no interview in the language they wrote in', async () => {
    expect(await reply('U0NOBODY', '你好，这是什么？')).toContain('你目前没有进行中的访谈');
    expect(await reply('U0NOBODY2', 'Γεια, τι είναι αυτό;')).toContain('Δεν έχετε συνέντευξη σε εξέλιξη');
  });
});
