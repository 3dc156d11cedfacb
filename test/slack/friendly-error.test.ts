import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/errors.ts';
import { CATALOGS } from '../../src/i18n/catalogs/index.ts';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import type { Deps } from '../../src/slack/deps.ts';
import { friendlyError } from '../../src/slack/flows/friendly-error.ts';
import { useHarnessPerTest } from '../support/app-harness.ts';
import { CHANNEL, OWNER } from '../support/journey-steps.ts';

const OUTAGE_EN = "I can't reach my storage right now, please try again in a minute.";
const timedOut = () => new DomainError('store_unavailable', 'store command took longer than 2000 ms');

/** Only what friendlyError reads: the store's ping. */
function depsWithPing(ping: () => Promise<void>): Deps {
  return { store: { ping: vi.fn(ping) } } as unknown as Deps;
}

describe('the storage-outage message', () => {
  it.each(LANGUAGES)('is in the %s catalog, in its own words', (language) => {
    const text = CATALOGS[language].common.errors.storeUnreachable;
    expect(text.trim()).not.toBe('');
    if (language === 'en') expect(text).toBe(OUTAGE_EN);
    else expect(text).not.toBe(OUTAGE_EN);
    expect(translator(language).t('common.errors.storeUnreachable')).toBe(text);
  });
});

describe('friendlyError', () => {
  it.each(LANGUAGES)('answers store_unavailable with the outage message in %s, without pinging', async (language) => {
    const t = translator(language);
    const deps = depsWithPing(async () => undefined);
    expect(await friendlyError(deps, t, timedOut())).toBe(t.t('common.errors.storeUnreachable'));
    expect(deps.store.ping).not.toHaveBeenCalled();
  });

  it('finds store_unavailable under errors a flow wrapped it in', async () => {
    const t = translator('en');
    const wrapped = new Error('interview step failed', { cause: new Error('save failed', { cause: timedOut() }) });
    expect(
      await friendlyError(
        depsWithPing(async () => undefined),
        t,
        wrapped,
      ),
    ).toBe(OUTAGE_EN);
  });

  it('gives the outage message when no error is passed and the ping times out the same way', async () => {
    const t = translator('el');
    const text = await friendlyError(
      depsWithPing(async () => Promise.reject(timedOut())),
      t,
    );
    expect(text).toBe(t.t('common.errors.storeUnreachable'));
  });

  it('does not wait on a store whose ping hangs', async () => {
    const t = translator('zh-Hant');
    const started = performance.now();
    const text = await friendlyError(
      depsWithPing(() => new Promise(() => undefined)),
      t,
      new Error('boom'),
    );
    expect(text).toBe(t.t('common.errors.storeUnreachable'));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('keeps the other answers: an apology while the store answers, "nothing was changed" when it refuses', async () => {
    const t = translator('en');
    const other = new DomainError('invalid_input');
    expect(
      await friendlyError(
        depsWithPing(async () => undefined),
        t,
        other,
      ),
    ).toBe(t.t('common.errors.unexpected'));
    const refused = depsWithPing(async () => Promise.reject(new Error('ECONNREFUSED')));
    expect(await friendlyError(refused, t, new Error('boom'))).toBe(t.t('common.errors.storeDown'));
  });
});

describe('a command while every store call times out', () => {
  const startHarnessForTest = useHarnessPerTest();

  it('answers with the outage message', async () => {
    const h = await startHarnessForTest();
    const real = h.deps.store;
    h.deps.store = timingOut(real);
    const reply = await h.slack.command('list', { userId: OWNER, channelId: CHANNEL });
    h.deps.store = real;
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toContain(OUTAGE_EN);
  });
});

/** The store as it behaves when its commands time out: every method of it and of its repositories rejects. */
function timingOut<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value === 'function') return () => Promise.reject(timedOut());
      if (typeof value === 'object' && value !== null) return timingOut(value);
      return value;
    },
  });
}
