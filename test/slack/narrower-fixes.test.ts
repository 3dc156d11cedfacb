// An obstacle gets the fix that fits what it names, end to end: two accessibility complaints in a Traditional
// Chinese map, one about the app and one about the steps at the door, get two different fixes in the summary.
import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import { CHANNEL, createMapThroughModal, OWNER, readable, TEAM } from '../support/journey-steps.ts';
import { reply as replyInThread } from './thread-harness.ts';

const h = useHarness();

/** The stage summary posted in the map's thread after `/journey summary <map> <stage>`. */
async function stageSummary(map: JourneyMap, stageName: string): Promise<string> {
  const before = h.fake.responses.length;
  const response = await h.slack.command(`summary ${map.name} ${stageName}`, { userId: OWNER, channelId: CHANNEL });
  expect(response.status).toBe(200);
  await vi.waitFor(() => expect(h.fake.responses.length).toBeGreaterThan(before), { timeout: 10_000 });
  const post = h.fake
    .messages(map.channelId)
    .filter((message) => message.thread_ts === map.cardTs)
    .at(-1);
  return readable(post);
}

describe('an accessibility obstacle', () => {
  it('about the app gets the app fix, and one about steps gets the premises fix, in the map’s language', async () => {
    const map = await createMapThroughModal(h, { name: '銀行開戶旅程', goal: '為什麼客戶開戶到一半就放棄？' });
    const [consider, decide] = [map.stages[1]!, map.stages[2]!];
    await replyInThread(h, map, 'U0CAROL', `障礙：長輩根本不會用我們的App，字太小 @${consider.name}`);
    await replyInThread(h, map, 'U0DAVE', `障礙：輪椅客人進不了分行，門口有三個台階 @${decide.name}`);
    await vi.waitFor(async () => {
      expect(await h.deps.store.contributions.list(TEAM, map.id)).toHaveLength(2);
    });

    const app = await stageSummary(map, consider.name);
    expect(app).toContain('網站與App');
    expect(app).toContain('請65歲以上客戶實際試用');
    expect(app).not.toContain('坡道');

    const premises = await stageSummary(map, decide.name);
    expect(premises).toContain('場所：從街邊到服務台的動線');
    expect(premises).toContain('與輪椅使用者一起實際走一遍全程');
    expect(premises).not.toContain('WCAG');
  });
});
