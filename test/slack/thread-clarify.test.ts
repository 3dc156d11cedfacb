import { describe, expect, it, vi } from 'vitest';
import { useHarness } from '../support/app-harness.ts';
import {
  buttonIn,
  buttonLabels,
  click,
  edit,
  ephemeralsFor,
  expectFriendly,
  expectQuestion,
  liveItems,
  logged,
  mapWithCard,
  reply,
  shownText,
  triples,
  waitForAnswers,
  waitForCard,
  waitForItems,
  waitForItemsInAnyOrder,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

const STAGES = ['Awareness', 'Consideration', 'Decision', 'Retention', 'Advocacy'];
const KINDS = ['Touchpoint', 'Obstacle', 'Idea', 'Customer goal', 'KPI', 'Action', 'Thought'];

describe('a reply whose stage the bot cannot tell', () => {
  it('asks for the stage with a button per stage, and records the item when the author picks one', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', 'Our webinar is where most leads first talk to sales');
    const [question] = await waitForAnswers(h, map);
    expect(shownText(question!)).toContain("I'm not sure about this one");
    expect(shownText(question!)).toContain('*Touchpoint* · Which stage?');
    expect(buttonLabels(question!, 'thread_kind_')).toEqual([]);
    expect(buttonLabels(question!, 'thread_stage_0')).toEqual([...STAGES, 'Not for the map']);
    expectFriendly(question!);
    expect(await liveItems(h, map)).toEqual([]);
    expect(message.reactions).toEqual([]);

    await click(h, map, question!, 'U0ANNA', buttonIn(question!, 'Awareness', 'thread_stage_0'));
    await waitForItems(h, map, [['touchpoint', 's1', 'Our webinar is where most leads first talk to sales']]);
    const [answer] = await waitForAnswers(h, map);
    expect(answer!.ts).toBe(question!.ts);
    await vi.waitFor(() => expect(shownText(answer!)).toContain('I added this to'));
    expect(shownText(answer!)).toContain('*Touchpoint* · Awareness');
    expect(buttonLabels(answer!, 'thread_stage_')).toEqual([]);
    await vi.waitFor(() => expect(message.reactions).toEqual(['white_check_mark']));
    await waitForCard(h, map, '*1. Awareness*  1 input');
  });

  it('asks both what it is and where when neither is clear, and records after both answers', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', 'People keep mentioning the loyalty card');
    const [question] = await waitForAnswers(h, map);
    expectQuestion(question!, 'What is it, and which stage?', 'thread_kind_0', KINDS);

    await click(h, map, question!, 'U0ANNA', buttonIn(question!, 'Touchpoint', 'thread_kind_0'));
    await vi.waitFor(() => expect(shownText(question!)).toContain('*Touchpoint* · Which stage?'));
    expect(buttonLabels(question!, 'thread_kind_')).toEqual([]);
    expect(await liveItems(h, map)).toEqual([]);

    await click(h, map, question!, 'U0ANNA', buttonIn(question!, 'Retention', 'thread_stage_0'));
    await waitForItems(h, map, [['touchpoint', 's4', 'People keep mentioning the loyalty card']]);
  });

  it('asks only what it is when the words name a stage (Greek)', async () => {
    const map = await mapWithCard(h, { stages: ['Ενημέρωση', 'Αγορά', 'Σύσταση'] });
    await reply(h, map, 'U0ELENI', 'Η Αγορά γίνεται συνήθως το βράδυ');
    const [question] = await waitForAnswers(h, map);
    expect(shownText(question!)).toContain('*Αγορά* · What is it?');
    expect(buttonLabels(question!, 'thread_stage_')).toEqual([]);
    expect(buttonLabels(question!, 'thread_kind_0')).toContain('Not for the map');
    await click(h, map, question!, 'U0ELENI', buttonIn(question!, 'Thought', 'thread_kind_0'));
    await waitForItems(h, map, [['thought', 's2', 'Η Αγορά γίνεται συνήθως το βράδυ']]);
  });

  it('records the clear lines at once and asks only about the unclear one', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', 'touchpoint: pricing webinar @consideration\nobstacle: nobody reads the terms');
    const [answer] = await waitForAnswers(h, map);
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'pricing webinar']]);
    const shown = shownText(answer!);
    expect(shown).toContain('I added this to');
    expect(shown).toContain("One more thing: I'm not sure about this one.");
    expect(shown).toContain('*Obstacle* · Which stage?');

    await click(h, map, answer!, 'U0ANNA', buttonIn(answer!, 'Decision', 'thread_stage_1'));
    await waitForItemsInAnyOrder(h, map, [
      ['touchpoint', 's2', 'pricing webinar'],
      ['obstacle', 's3', 'nobody reads the terms'],
    ]);
    await vi.waitFor(() => expect(shownText(answer!)).toContain('I added these 2 to'));
  });

  it('lets the author say a reply is not for the map', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', 'Thanks everyone, great start!');
    const [question] = await waitForAnswers(h, map);
    await click(h, map, question!, 'U0ANNA', buttonIn(question!, 'Not for the map', 'thread_stage_0'));
    await vi.waitFor(() => expect(shownText(question!)).toContain('nothing from this message goes on the map'));
    expect(question!.blocks).toHaveLength(1);
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toEqual([]);
  });

  it('records an item once however often the author clicks', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', 'Our webinar is where most leads first talk to sales');
    const [question] = await waitForAnswers(h, map);
    const consideration = buttonIn(question!, 'Consideration', 'thread_stage_0');
    await Promise.all([1, 2, 3].map(() => click(h, map, question!, 'U0ANNA', consideration)));
    await vi.waitFor(() => expect(shownText(question!)).toContain('I added this to'));
    await click(h, map, question!, 'U0ANNA', consideration);
    await logged(h, 'thread click changed nothing', { ts: message.ts });
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toHaveLength(1);
    expect(ephemeralsFor(h, map, 'U0ANNA')).toEqual([]);
  });
});

describe('who may answer', () => {
  it('only the author: anyone else is told privately and nothing changes', async () => {
    const map = await mapWithCard(h);
    await reply(h, map, 'U0ANNA', 'Our webinar is where most leads first talk to sales');
    const [question] = await waitForAnswers(h, map);
    const before = JSON.stringify(question!.blocks);
    await click(h, map, question!, 'U0MALLORY', buttonIn(question!, 'Decision', 'thread_stage_0'));
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0MALLORY')).toHaveLength(1));
    const [refusal] = ephemeralsFor(h, map, 'U0MALLORY');
    expect(refusal!.text).toBe(
      'Only <@U0ANNA> can change what their message added. To add your own view, just reply in the thread.',
    );
    expect(refusal!.thread_ts).toBe(map.cardTs);
    expect(JSON.stringify(question!.blocks)).toBe(before);
    expect(await liveItems(h, map)).toEqual([]);
  });

  it('refuses a button from an answer an edit has replaced', async () => {
    const map = await mapWithCard(h);
    const message = await reply(h, map, 'U0ANNA', 'Our webinar is where most leads first talk to sales');
    const [question] = await waitForAnswers(h, map);
    const stale = buttonIn(question!, 'Decision', 'thread_stage_0');
    const edited = await edit(h, map, message, 'touchpoint: our webinar @consideration');
    await waitForItems(h, map, [['touchpoint', 's2', 'our webinar']]);
    // The edit is done once its record says so (after the answer is updated): what the person would have seen.
    const ref = { teamId: map.teamId, channelId: map.channelId, ts: message.ts };
    await vi.waitFor(async () => expect((await h.deps.store.replyRecords.get(ref))?.version).toBe(edited.ts));
    await click(h, map, question!, 'U0ANNA', stale);
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0ANNA')).toHaveLength(1));
    expect(ephemeralsFor(h, map, 'U0ANNA')[0]!.text).toContain('That message changed since');
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's2', 'our webinar']]);
  });
});
