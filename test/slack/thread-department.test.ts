import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/errors.ts';
import { loadJourney } from '../../src/slack/flows/journey-view.ts';
import type { FakeEphemeral } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import {
  buttonIn,
  card,
  ephemeralsFor,
  expectQuestion,
  liveItems,
  mapWithCard,
  reply,
  shownText,
  TEAM,
  waitForAnswers,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

const DEPARTMENTS = ['Marketing', 'Sales', 'Support', 'Product', 'Finance', 'Operations', 'HR', 'Other'];

function pick(question: FakeEphemeral, userId: string, label: string) {
  const button = buttonIn(question, label);
  return h.slack.blockAction({
    actionId: button.actionId,
    blockId: button.blockId,
    value: button.value,
    userId,
    channelId: question.channel,
    messageTs: question.message_ts,
    threadTs: question.thread_ts,
  });
}

describe('the department of a thread author', () => {
  it('is asked once, privately in the thread, while their items are kept', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0NEWBIE', 'touchpoint: pricing webinar @consideration');
    await waitForAnswers(h, map);
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0NEWBIE')).toHaveLength(1));
    const [question] = ephemeralsFor(h, map, 'U0NEWBIE');
    expect(question!.thread_ts).toBe(map.cardTs);
    expectQuestion(question!, 'Which team are you in?', 'thread_department', DEPARTMENTS);
    expect(await liveItems(h, map)).toEqual([
      { kind: 'touchpoint', stageId: 's2', text: 'pricing webinar', authorId: 'U0NEWBIE' },
    ]);

    const second = await mapWithCard(h);
    await reply(h, map, 'U0NEWBIE', 'obstacle: checkout asks for an account @decision');
    await reply(h, second, 'U0NEWBIE', 'idea: guest checkout @decision');
    await waitForAnswers(h, map, 2);
    await waitForAnswers(h, second, 1);
    expect(h.fake.ephemerals()).toHaveLength(1);
  });

  it('once picked, applies to what they added before and after, on every map', async () => {
    const map = await mapWithCard(h);
    const other = await mapWithCard(h);
    await reply(h, map, 'U0LATE', 'touchpoint: pricing webinar @consideration');
    await reply(h, other, 'U0LATE', 'touchpoint: trade show booth @awareness');
    await vi.waitFor(() => expect(h.fake.ephemerals()).toHaveLength(1));
    const [question] = h.fake.ephemerals();

    await pick(question!, 'U0LATE', 'Sales');
    await vi.waitFor(async () => expect((await h.deps.store.people.get(TEAM, 'U0LATE'))?.department).toBe('sales'));
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    const thanks = h.fake.responses[0]!;
    expect(thanks.ok).toBe(true);
    expect(thanks.body).toMatchObject({ replace_original: true, text: 'Thanks! Your input counts for Sales.' });
    const answered = question!.channel === map.channelId ? map : other;
    await vi.waitFor(() => expect(shownText(card(h, answered))).toContain('*Teams heard from:* Sales'));
    for (const each of [map, other]) expect((await loadJourney(h.deps, each)).view.departments).toEqual(['sales']);

    await reply(h, map, 'U0LATE', 'obstacle: checkout asks for an account @decision');
    await waitForAnswers(h, map, 2);
    expect((await liveItems(h, map)).find((item) => item.kind === 'obstacle')?.department).toBe('sales');
  });

  it('is not asked when the bot knows it, and goes on their items', async () => {
    const map = await mapWithCard(h);
    await h.deps.store.people.save({ teamId: TEAM, userId: 'U0KNOWN', department: 'support' });
    await reply(h, map, 'U0KNOWN', 'obstacle: refunds take two weeks @retention');
    await waitForAnswers(h, map);
    expect(await liveItems(h, map)).toEqual([
      {
        kind: 'obstacle',
        stageId: 's4',
        text: 'refunds take two weeks',
        authorId: 'U0KNOWN',
        department: 'support',
      },
    ]);
    expect(h.fake.ephemerals()).toEqual([]);
  });

  it('says kindly when the pick cannot be saved, and leaves the question up', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0UNLUCKY', 'touchpoint: pricing webinar @consideration');
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0UNLUCKY')).toHaveLength(1));
    const save = h.deps.store.people.save;
    // What the store throws when its 2 s deadline passes.
    h.deps.store.people.save = async () => {
      throw new DomainError('store_unavailable', 'store set took over 2000 ms');
    };
    try {
      await pick(ephemeralsFor(h, map, 'U0UNLUCKY')[0]!, 'U0UNLUCKY', 'Product');
      await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    } finally {
      h.deps.store.people.save = save;
    }
    expect(h.fake.responses[0]!.body).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain("I can't reach my storage right now");
    expect(await h.deps.store.people.get(TEAM, 'U0UNLUCKY')).toBeUndefined();
  });
});
