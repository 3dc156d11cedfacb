import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { foreignFragments } from '../i18n/foreign-fragments.ts';
import type { FakeMessage } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import { CHANNEL, mapOnceCarded, newMapValues, readable, TEAM } from '../support/journey-steps.ts';
import { slackUser } from '../support/slack-users.ts';

// Slack has no Greek locale: a Greek team's Slack says en-US. What is about no one map (help, the list, App Home,
// "no such map") speaks the language the person types to the bot in, or the one their maps speak.

const h = useHarness();
const greek = translator('el');

async function commandText(text: string, userId: string): Promise<string> {
  const reply = await h.slack.command(text, { userId, channelId: CHANNEL });
  expect(reply.status).toBe(200);
  return readable(reply.body as FakeMessage);
}

async function homeOf(userId: string): Promise<string> {
  const published = () => h.fake.callsTo('views.publish').filter((call) => call.args.user_id === userId).length;
  const before = published();
  await h.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
  await vi.waitFor(() => expect(published()).toBe(before + 1));
  return readable(h.fake.homeTab(userId)!.view as { text: string; blocks: unknown[] });
}

const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });

/** A map made through the modal by `userId`, with the language picked in its menu when `language` is given. */
async function makeMap(userId: string, form: Parameters<typeof newMapValues>[0], language?: string) {
  const values = { ...newMapValues(form), ...(language ? { language: select(language) } : {}) };
  const reply = await h.slack.viewSubmission({
    callbackId: 'map_new',
    userId,
    values,
    privateMetadata: JSON.stringify({ channelId: form?.channel ?? CHANNEL }),
  });
  expect(reply.status).toBe(200);
  return mapOnceCarded(h, TEAM, form?.name ?? 'Online shoppers');
}

describe('the language of what is about no one map, for a person whose Slack says en-US', () => {
  it('is the language they type in, and stays so when they next type only command words', async () => {
    h.fake.users.set('U0ATHENS', slackUser('Eleni', { tz: 'Europe/Athens', locale: 'en-US' }));
    const help = await commandText('βοήθεια', 'U0ATHENS');
    expect(help).toContain(greek.t('help.unknownOpening', { word: 'βοήθεια' }));
    expect(foreignFragments(help, 'el')).toEqual([]);
    const missing = await commandText('show Νέοι πελάτεςς', 'U0ATHENS');
    expect(foreignFragments(missing, 'el')).toEqual([]);
    expect(missing).toContain('Νέοι πελάτεςς');
    const later = await commandText('help', 'U0ATHENS');
    expect(foreignFragments(later, 'el')).toEqual([]);
    expect(later).not.toContain('Here is what I can do');
  });

  it('opens the new-map form in that language too, with the map’s language still left to what they type', async () => {
    const before = h.fake.callsTo('views.open').length;
    await h.slack.command('new', { userId: 'U0ATHENS', channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').length).toBeGreaterThan(before));
    const view = h.fake.lastCall('views.open')!.args.view as { title: { text: string }; blocks: unknown[] };
    expect(view.title.text).toBe(greek.t('newMap.modal.title'));
    const language = (view.blocks as { block_id: string; element: { initial_option?: { value: string } } }[]).find(
      (block) => block.block_id === 'language',
    );
    expect(language?.element.initial_option?.value).toBe('auto');
  });

  it('is the language its owner wrote a new map in, not the one they picked for a team', async () => {
    h.fake.users.set('U0WRITER', slackUser('Nikos', { locale: 'en-US' }));
    h.fake.users.set('U0MANAGER', slackUser('Morgan', { locale: 'en-US' }));
    h.fake.channels.set('C0GREEK1', { name: 'pelates', is_member: true });
    h.fake.channels.set('C0GREEK2', { name: 'athens-team', is_member: true });
    await makeMap('U0WRITER', {
      name: 'Πελάτες καταστήματος',
      goal: 'Γιατί φεύγουν πριν πληρώσουν;',
      channel: 'C0GREEK1',
      stakeholders: [],
    });
    await makeMap('U0MANAGER', { name: 'Athens store visitors', channel: 'C0GREEK2', stakeholders: [] }, 'el');
    expect(foreignFragments(await commandText('help', 'U0WRITER'), 'el')).toEqual([]);
    expect(await commandText('help', 'U0MANAGER')).toContain('Here is what I can do');
  });

  it('frames App Home in the language of the person’s maps when they have typed nothing yet', async () => {
    h.fake.users.set('U0INVITED', slackUser('Maria', { locale: 'en-US' }));
    h.fake.channels.set('C0GREEK3', { name: 'eshop', is_member: true });
    await makeMap('U0ATHENS', {
      name: 'Αγοραστές e-shop',
      goal: 'Πού κολλάνε στο checkout;',
      channel: 'C0GREEK3',
      stakeholders: ['U0INVITED'],
    });
    const home = await homeOf('U0INVITED');
    expect(home).toContain(greek.t('card.home.yourMaps'));
    expect(home).toContain('Αγοραστές e-shop');
    expect(home).not.toContain('Your maps');
  });
});
