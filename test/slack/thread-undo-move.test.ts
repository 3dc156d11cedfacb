import { describe, expect, it, vi } from 'vitest';
import { useHarness } from '../support/app-harness.ts';
import {
  buttonIn,
  chooseMove,
  click,
  ephemeralsFor,
  liveItems,
  logged,
  moveOption,
  recordedReply,
  shownText,
  triples,
  waitForCard,
  waitForItemsInAnyOrder,
} from './thread-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

const TWO_ITEMS = 'touchpoint: pricing webinar @consideration\nobstacle: checkout asks for an account @decision';

describe('Undo', () => {
  it('takes everything the message added off the map, says so and lifts the check mark', async () => {
    const { map, message, answer } = await recordedReply(h, TWO_ITEMS);
    await waitForCard(h, map, '*3. Decision*  1 input');
    await click(h, map, answer, 'U0ANNA', buttonIn(answer, 'Undo'));
    await vi.waitFor(() => expect(shownText(answer)).toContain('Undone: <@U0ANNA> took 2 items off'));
    expect(answer.blocks).toHaveLength(1);
    expect(await liveItems(h, map)).toEqual([]);
    const all = await h.deps.store.contributions.list(map.teamId, map.id);
    expect(all.filter((contribution) => contribution.retracts)).toHaveLength(2);
    await vi.waitFor(() => expect(message.reactions).toEqual([]));
    await waitForCard(h, map, '*3. Decision*  0 inputs');
  });

  it('is refused to anyone but the author, privately, and changes nothing', async () => {
    const { map, answer } = await recordedReply(h, TWO_ITEMS);
    await click(h, map, answer, 'U0MALLORY', buttonIn(answer, 'Undo'));
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0MALLORY')).toHaveLength(1));
    expect(ephemeralsFor(h, map, 'U0MALLORY')[0]!.text).toContain('Only <@U0ANNA> can change');
    expect(await liveItems(h, map)).toHaveLength(2);
    expect(shownText(answer)).toContain('I added these 2 to');
  });

  it('a second Undo finds nothing left to take back', async () => {
    const { map, answer } = await recordedReply(h, TWO_ITEMS);
    const undo = buttonIn(answer, 'Undo');
    await click(h, map, answer, 'U0ANNA', undo);
    await vi.waitFor(() => expect(shownText(answer)).toContain('Undone'));
    await click(h, map, answer, 'U0ANNA', undo);
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0ANNA')).toHaveLength(1));
    const all = await h.deps.store.contributions.list(map.teamId, map.id);
    expect(all.filter((contribution) => contribution.retracts)).toHaveLength(2);
  });
});

describe('Move', () => {
  it('moves one item to the stage the author picks and shows it there', async () => {
    const { map, answer } = await recordedReply(h, TWO_ITEMS);
    expect(moveOption(answer, 0, 'Decision').option.text.text).toBe('Decision');
    expect(() => moveOption(answer, 0, 'Consideration')).toThrow(); // its own stage is not offered
    await chooseMove(h, map, answer, 'U0ANNA', 0, 'Awareness');
    await waitForItemsInAnyOrder(h, map, [
      ['touchpoint', 's1', 'pricing webinar'],
      ['obstacle', 's3', 'checkout asks for an account'],
    ]);
    await vi.waitFor(() => expect(shownText(answer)).toContain('*Touchpoint* · Awareness\npricing webinar'));
    await waitForCard(h, map, '*1. Awareness*  1 input');
  });

  it('can move an item on and back again, keeping exactly one live copy', async () => {
    const { map, answer } = await recordedReply(h, 'touchpoint: pricing webinar @consideration');
    for (const stage of ['Retention', 'Consideration', 'Retention']) {
      await chooseMove(h, map, answer, 'U0ANNA', 0, stage);
      await vi.waitFor(() => expect(shownText(answer)).toContain(`*Touchpoint* · ${stage}`));
    }
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's4', 'pricing webinar']]);
  });

  it('the same move twice moves once', async () => {
    const { map, answer } = await recordedReply(h, 'touchpoint: pricing webinar @consideration');
    const { actionId, blockId, option } = moveOption(answer, 0, 'Advocacy');
    const moveAction = { actionId, blockId, selectedOption: { value: option.value } };
    const choose = () => chooseMove(h, map, answer, 'U0ANNA', 0, 'Advocacy');
    await Promise.all([choose(), choose()]);
    await vi.waitFor(() => expect(shownText(answer)).toContain('*Touchpoint* · Advocacy'));
    await h.slack.blockAction({
      ...moveAction,
      userId: 'U0ANNA',
      channelId: map.channelId,
      messageTs: answer.ts,
      threadTs: map.cardTs,
    });
    await logged(h, 'thread click changed nothing', { action: 'move' });
    expect(triples(await liveItems(h, map))).toEqual([['touchpoint', 's5', 'pricing webinar']]);
    expect(await h.deps.store.contributions.list(map.teamId, map.id)).toHaveLength(3);
  });

  it('is refused to anyone but the author', async () => {
    const { map, answer } = await recordedReply(h, TWO_ITEMS);
    await chooseMove(h, map, answer, 'U0MALLORY', 1, 'Awareness');
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0MALLORY')).toHaveLength(1));
    expect(triples(await liveItems(h, map))).toContainEqual(['obstacle', 's3', 'checkout asks for an account']);
  });
});
