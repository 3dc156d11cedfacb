import { describe, expect, it, vi } from 'vitest';
import { useHarness } from '../support/app-harness.ts';
import { CARD_CATCHES_UP, mapWithCard, reply } from './thread-harness.ts';

const h = useHarness();

const summariesIn = (channel: string) =>
  h.fake.messages(channel).filter((message) => JSON.stringify(message.blocks ?? []).includes('new inputs arrived'));

describe('after thread replies', () => {
  it('summarises a stage on its own once 10 new inputs arrived through the thread and it went quiet', async () => {
    const map = await mapWithCard(h);
    for (let i = 0; i < 12; i++) {
      await reply(h, map, `U0GUEST${i % 3}`, `obstacle: gap number ${i} @consideration`);
    }
    await vi.waitFor(async () => {
      const said = await h.deps.store.contributions.list(map.teamId, map.id);
      expect(said.filter((contribution) => contribution.kind === 'obstacle')).toHaveLength(12);
    });
    expect(summariesIn(map.channelId)).toHaveLength(0);
    h.setNow(new Date(Date.now() + 61 * 60_000));
    await h.app.digests.check();
    await vi.waitFor(() => expect(summariesIn(map.channelId)).toHaveLength(1), { timeout: 10_000 });
    expect(summariesIn(map.channelId)[0]?.thread_ts).toBe(map.cardTs);
  });

  it('folds a burst of replies into a few card updates that end showing every input', async () => {
    const map = await mapWithCard(h);
    const before = h.fake.callsTo('chat.update').length;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => reply(h, map, `U0BURST${i % 5}`, `touchpoint: channel ${i} @awareness`)),
    );
    await vi.waitFor(async () => {
      const updates = h.fake
        .callsTo('chat.update')
        .slice(before)
        .filter((call) => call.args.ts === map.cardTs);
      expect(JSON.stringify(updates.at(-1)?.args.blocks)).toContain('30 inputs');
    }, CARD_CATCHES_UP);
    const cardUpdates = h.fake
      .callsTo('chat.update')
      .slice(before)
      .filter((call) => call.args.ts === map.cardTs);
    expect(cardUpdates.length).toBeLessThanOrEqual(5);
    expect((await h.deps.store.contributions.list(map.teamId, map.id)).length).toBe(30);
  });
});
