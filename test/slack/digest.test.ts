import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import type { Contribution, JourneyMap } from '../../src/journey/model.ts';
import { ACTIONS } from '../../src/slack/ids.ts';
import { type FakeMessage, type FakeSlack, startFakeSlack } from '../slack-fake/web-api.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { tempSqliteUrl } from '../support/backends.ts';
import { newId } from '../support/factories.ts';
import {
  buttonValue,
  CHANNEL,
  createMapThroughModal,
  dms,
  type NewMapForm,
  OWNER,
  readable,
  TEAM,
} from '../support/journey-steps.ts';
import { ON_VACATION, slackUser } from '../support/slack-users.ts';

const ANNA = 'U0ANNA';
const BEN = 'U0BEN';
/** Wednesday: the map is made mid-week; its digest is due Monday 09:00 in Athens (07:00 UTC in winter). */
const CREATED = new Date('2026-11-18T10:00:00Z');
const SLOT = new Date('2026-11-23T07:00:00Z');
const WEEK_MS = 7 * 24 * 3600 * 1000;
const at = (date: Date, offsetMs: number) => new Date(date.getTime() + offsetMs);

const harnesses: Harness[] = [];
const fakes: FakeSlack[] = [];
afterEach(async () => {
  // Apps first, the fakes they share last.
  for (const h of harnesses.splice(0).reverse()) await h.stop();
  for (const fake of fakes.splice(0)) await fake.close();
});

async function sharedFake(): Promise<FakeSlack> {
  const fake = await startFakeSlack();
  fakes.push(fake);
  return fake;
}

async function harness(options: { storeUrl?: string; fake?: FakeSlack; now?: Date } = {}): Promise<Harness> {
  const h = await startHarness({ now: CREATED, ...options });
  harnesses.push(h);
  h.fake.users.set(OWNER, slackUser('Olga Owner', { tz: 'Europe/Athens' }));
  return h;
}

/** A map made through the modal, once its invitations are out: they arrive after the card. */
async function createMap(h: Harness, form: NewMapForm): Promise<JourneyMap> {
  const map = await createMapThroughModal(h, form);
  await vi.waitFor(() =>
    expect(h.logs.some((line) => line.msg === 'stakeholders invited' && line.mapId === map.id)).toBe(true),
  );
  return map;
}

async function addInput(h: Harness, map: JourneyMap, items: Partial<Contribution>[]): Promise<void> {
  const contributions = items.map(
    (item): Contribution => ({
      id: newId(),
      mapId: map.id,
      authorId: ANNA,
      department: 'marketing',
      source: 'thread',
      stageId: map.stages[0]!.id,
      kind: 'touchpoint',
      text: 'Pricing webinar',
      createdAt: '2026-11-19T12:00:00.000Z',
      ...item,
    }),
  );
  await h.deps.store.contributions.append(TEAM, contributions);
}

/** The digests posted in the map's channel: every bot post there except the card. */
function digests(h: Harness, map: JourneyMap): FakeMessage[] {
  return h.fake.messages(CHANNEL).filter((message) => message.ts !== map.cardTs && message.thread_ts === undefined);
}

async function checkAt(h: Harness, now: Date): Promise<void> {
  h.setNow(now);
  await h.app.digests.check();
}

describe('the weekly digest', () => {
  it("posts at the map's weekday and hour in the owner's time zone, not a minute before, and once", async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [ANNA, BEN] });
    expect(map.digest).toEqual({ weekday: 1, hour: 9, timeZone: 'Europe/Athens' });
    const [awareness, consideration, decision] = map.stages;
    await addInput(h, map, [
      { text: 'Instagram ads', stageId: awareness!.id },
      { kind: 'obstacle', text: 'Checkout asks for an account', stageId: decision!.id, authorId: BEN },
      { kind: 'obstacle', text: 'Ping <!channel> & friends', stageId: decision!.id, department: 'sales' },
      { kind: 'feeling', text: '', score: 4, stageId: awareness!.id },
      { kind: 'feeling', text: '', score: 3, stageId: consideration!.id },
      { kind: 'feeling', text: '', score: 1, stageId: decision!.id, authorId: BEN, department: 'support' },
    ]);

    await checkAt(h, at(SLOT, -60_000));
    expect(digests(h, map)).toHaveLength(0);

    await checkAt(h, SLOT);
    const [digest] = digests(h, map);
    expect(digests(h, map)).toHaveLength(1);
    const text = readable(digest);
    expect(text).toContain('Weekly digest: Online shoppers');
    expect(text).toContain('6 new inputs');
    expect(text).toMatch(/\*Decision\*\s+\+3 · Marketing, Sales, Support/);
    expect(text).toContain('“Checkout asks for an account”');
    expect(text).toContain('*By team:* Marketing 4 · Sales 1 · Support 1');
    expect(text).toContain('*New voices:* <@U0ANNA>, <@U0BEN>');
    expect(text).toContain('Lowest point: *Decision*');
    expect(text).toContain('⬇️ Decision');
    expect(text).toMatch(/Top 3 improvements to try/);
    expect(text).toContain('Teams not heard from yet: Product, Finance, Operations, HR');
    expect(text).toContain(`https://journey-test.slack.com/archives/${CHANNEL}/p${map.cardTs!.replace('.', '')}`);
    // User text can never ping the channel.
    expect(text).toContain('Ping &lt;!channel&gt; &amp; friends');
    expect(JSON.stringify(digest!.blocks)).not.toContain('<!channel>');
    expect(digest!.options).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expect(digest!.blocks!.length).toBeLessThanOrEqual(50);

    await checkAt(h, at(SLOT, 30 * 60_000));
    expect(digests(h, map)).toHaveLength(1);
  });

  it('asks each stakeholder who has not answered, with an Answer now button that starts their interview', async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [ANNA, BEN] });
    await addInput(h, map, [{ authorId: BEN, department: 'sales' }]);
    await checkAt(h, SLOT);
    const digest = digests(h, map)[0]!;
    expect(readable(digest)).toContain("<@U0ANNA>, we haven't heard from you yet.");
    expect(readable(digest)).not.toContain('<@U0BEN>, we');
    expect(buttonValue(digest, ACTIONS.startInterview)).toBe(map.id);

    const before = dms(h, ANNA).length;
    await h.slack.blockAction({
      actionId: ACTIONS.startInterview,
      userId: ANNA,
      value: map.id,
      channelId: CHANNEL,
      messageTs: digest.ts,
    });
    await vi.waitFor(() => expect(dms(h, ANNA).length).toBeGreaterThan(before));
    expect(await h.deps.store.sessions.get(TEAM, map.id, ANNA)).toBeDefined();
  });

  it('is two lines in a quiet week', async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [ANNA] });
    await addInput(h, map, [
      { kind: 'feeling', text: '', score: 4, stageId: map.stages[0]!.id, authorId: 'U0CARL' },
      { kind: 'feeling', text: '', score: 2, stageId: map.stages[1]!.id, authorId: 'U0CARL' },
    ]);
    await checkAt(h, SLOT);
    await checkAt(h, at(SLOT, WEEK_MS));
    const quiet = digests(h, map)[1];
    expect(digests(h, map)).toHaveLength(2);
    expect(quiet!.blocks).toHaveLength(1);
    const lines = readable(quiet).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^📭 \*Online shoppers\*: a quiet week, nothing new since <!date\^\d+\^\{date_short\}\|2026-11-23>\.$/,
    );
    expect(lines[1]).toContain('Lowest point: *Consideration*');
    expect(lines[1]).toContain('still waiting to hear from 1 stakeholder');
    expect(lines[1]).toContain("|Add what you know in the map's thread>");
  });

  it('counts only what is new since the last digest', async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [] });
    await addInput(h, map, [{ text: 'Instagram ads' }]);
    await checkAt(h, SLOT);
    await addInput(h, map, [{ text: 'Podcast sponsorship', createdAt: at(SLOT, 24 * 3600_000).toISOString() }]);
    await checkAt(h, at(SLOT, WEEK_MS));
    const second = readable(digests(h, map)[1]);
    expect(second).toContain('1 new input');
    expect(second).toContain('“Podcast sponsorship”');
    expect(second).not.toContain('“Instagram ads”');
  });
});

describe('nudges with the digest', () => {
  it('DMs an unfinished stakeholder once a week, and nobody whose status says they are away', async () => {
    const h = await harness();
    h.fake.users.set(BEN, slackUser('Ben', { tz: 'Europe/Athens', profile: ON_VACATION }));
    const map = await createMap(h, { stakeholders: [ANNA, BEN] });
    const invitations = { anna: dms(h, ANNA).length, ben: dms(h, BEN).length };

    await checkAt(h, SLOT);
    await checkAt(h, at(SLOT, 3600_000));
    const annaNudges = () => dms(h, ANNA).slice(invitations.anna);
    expect(annaNudges()).toHaveLength(1);
    expect(readable(annaNudges()[0])).toContain("This week's digest for *Online shoppers* is out");
    expect(buttonValue(annaNudges()[0], ACTIONS.startInterview)).toBe(map.id);
    expect(dms(h, BEN)).toHaveLength(invitations.ben);

    await checkAt(h, at(SLOT, WEEK_MS));
    expect(annaNudges()).toHaveLength(2);
    expect(dms(h, BEN)).toHaveLength(invitations.ben);
  });

  it('leaves alone those who finished their interview', async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [ANNA] });
    const session = {
      mapId: map.id,
      teamId: TEAM,
      userId: ANNA,
      department: 'sales' as const,
      status: 'done' as const,
      stageIndex: 0,
      step: 'action' as const,
      stages: map.stages.map((stage) => ({ stageId: stage.id, status: 'skipped' as const, answers: [] })),
      invitedAt: CREATED.toISOString(),
      updatedAt: CREATED.toISOString(),
      finishedAt: CREATED.toISOString(),
      nudgeCount: 0,
      appliedRequests: [],
    };
    await h.deps.store.sessions.save(session);
    const invitations = dms(h, ANNA).length;
    await checkAt(h, SLOT);
    expect(digests(h, map)).toHaveLength(1);
    expect(dms(h, ANNA)).toHaveLength(invitations);
  });
});

describe('exactly one digest per map per week', () => {
  it('two apps on one SQLite file post it once, and nudge once', async () => {
    const storeUrl = tempSqliteUrl();
    const fake = await sharedFake();
    const first = await harness({ storeUrl, fake });
    const second = await harness({ storeUrl, fake });
    const map = await createMap(first, { stakeholders: [ANNA] });
    const invitations = dms(first, ANNA).length;
    first.setNow(SLOT);
    second.setNow(SLOT);
    await Promise.all([first.app.digests.check(), second.app.digests.check(), first.app.digests.check()]);
    expect(digests(first, map)).toHaveLength(1);
    expect(dms(first, ANNA)).toHaveLength(invitations + 1);
  });

  it('after a restart that missed the slot, posts it late, once, and only the latest week', async () => {
    const storeUrl = tempSqliteUrl();
    const fake = await sharedFake();
    const before = await startHarness({ storeUrl, fake, now: CREATED });
    fake.users.set(OWNER, slackUser('Olga', { tz: 'Europe/Athens' }));
    const map = await createMap(before, { stakeholders: [] });
    await before.stop();

    // Down for two Mondays; the start-up check posts one digest, not two.
    const after = await harness({ storeUrl, fake, now: at(SLOT, WEEK_MS + 5 * 3600_000) });
    await vi.waitFor(() => expect(digests(after, map)).toHaveLength(1));
    await after.app.digests.check();
    await checkAt(after, at(SLOT, WEEK_MS + 6 * 3600_000));
    expect(digests(after, map)).toHaveLength(1);
    expect(after.logs.some((line) => line.msg === 'digest posted' && line.mapId === map.id)).toBe(true);
  });
});

describe('/journey digest', () => {
  it('previews the digest to the caller only, and marks nothing', async () => {
    const h = await harness();
    const map = await createMap(h, { stakeholders: [ANNA] });
    await addInput(h, map, [{ text: 'Instagram ads' }]);
    h.setNow(SLOT);
    const reply = await h.slack.command('digest', { userId: OWNER, channelId: CHANNEL });
    expect(reply.status).toBe(200);
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    const preview = h.fake.responses[0]!.body as { response_type: string; text: string; blocks: unknown[] };
    expect(preview.response_type).toBe('ephemeral');
    expect(readable(preview)).toContain('Preview: only you can see this');
    expect(readable(preview)).toContain('“Instagram ads”');
    expect(digests(h, map)).toHaveLength(0);
    expect(await h.deps.store.digestMarks.getLast(TEAM, map.id)).toBeUndefined();

    await h.app.digests.check();
    expect(digests(h, map)).toHaveLength(1);
    expect(readable(digests(h, map)[0])).not.toContain('Preview');
  });

  it('says kindly when there is no such map', async () => {
    const h = await harness();
    const reply = await h.slack.command('digest Nowhere', { userId: OWNER, channelId: CHANNEL });
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply.body)).toContain('I couldn\'t find a map called \\"Nowhere\\"');
  });
});

describe('the scheduler', () => {
  it('keeps posting other maps when one channel refuses the digest', async () => {
    const h = await harness();
    h.fake.channels.set('C0GONE', { name: 'gone' });
    const broken = await createMap(h, { name: 'Broken', channel: 'C0GONE', stakeholders: [] });
    const map = await createMap(h, { stakeholders: [] });
    h.fake.channels.set('C0GONE', { name: 'gone', is_member: false });
    await checkAt(h, SLOT);
    expect(digests(h, map)).toHaveLength(1);
    expect(h.logs.some((line) => line.msg === 'digest not posted' && line.mapId === broken.id)).toBe(true);
  });
});

describe("a map's language", () => {
  /** A map made through the modal and then switched to Greek, as `/journey language` would. */
  async function greekMap(h: Harness): Promise<JourneyMap> {
    const map = { ...(await createMap(h, { stakeholders: [ANNA, BEN] })), language: 'el' as const };
    await h.deps.store.maps.save(map);
    return map;
  }

  it('posts the digest and the nudges in Greek, with the date written out in Greek', async () => {
    const h = await harness();
    const map = await greekMap(h);
    const invitations = dms(h, ANNA).length;
    await addInput(h, map, [{ authorId: BEN, department: 'sales', text: 'Διαφήμιση' }]);
    await checkAt(h, SLOT);
    await checkAt(h, at(SLOT, WEEK_MS));
    const [first, second] = digests(h, map);
    expect(readable(first)).toContain('📬 Εβδομαδιαία σύνοψη: Online shoppers');
    expect(readable(first)).toContain('«Διαφήμιση»');
    expect(readable(first)).toContain('Απαντήστε τώρα');
    expect(readable(second)).toContain('τίποτα καινούργιο από τις 23 Νοεμβρίου 2026');
    const nudge = dms(h, ANNA).slice(invitations)[0];
    expect(readable(nudge)).toContain('Η εβδομαδιαία σύνοψη για τον χάρτη *Online shoppers*');
    expect(buttonValue(nudge, ACTIONS.startInterview)).toBe(map.id);
  });

  it('previews in Greek, and apologises in Greek when the preview fails', async () => {
    const h = await harness();
    await greekMap(h);
    h.setNow(SLOT);
    await h.slack.command('digest', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    expect(readable(h.fake.responses[0]!.body as { text: string })).toContain('Προεπισκόπηση');

    vi.spyOn(h.deps.store.contributions, 'list').mockRejectedValueOnce(new Error('boom'));
    await h.slack.command('digest', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(2));
    expect((h.fake.responses[1]!.body as { text: string }).text).toBe(translator('el').t('common.errors.unexpected'));
  });
});
