import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/slack/deps.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';

type Store = Deps['store'];
type Ping = () => Promise<void>;

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/**
 * The real app over HTTP, its store wrapped so the test decides what `ping` does (everything else goes to the
 * real store). The health check reads `deps.store` on each request, so the wrapper is seen from then on.
 */
async function startWithPing(): Promise<{ h: Harness; setPing(ping: Ping): void; realPing: Ping }> {
  const harness = await startHarness();
  const real = harness.deps.store;
  const realPing: Ping = () => real.ping();
  let ping = realPing;
  harness.deps.store = new Proxy(real, {
    get: (target, key, receiver) => (key === 'ping' ? () => ping() : Reflect.get(target, key, receiver)),
  }) as Store;
  // The harness closes the store it opened; give it back the real one for that.
  const stop = harness.stop;
  harness.stop = async () => {
    harness.deps.store = real;
    await stop();
  };
  return {
    h: harness,
    realPing,
    setPing: (next) => {
      ping = next;
    },
  };
}

async function probe(baseUrl: string): Promise<{ status: number; body: unknown; elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
  const body = await response.json();
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

const NEVER: Ping = () => new Promise(() => undefined);

describe('/healthz when the store is down', () => {
  it('answers 503 within a second while a ping hangs, and 200 once the store answers again', async () => {
    const started = await startWithPing();
    h = started.h;
    expect((await probe(h.baseUrl)).status).toBe(200);

    started.setPing(NEVER);
    const down = await probe(h.baseUrl);
    expect(down.status).toBe(503);
    expect(down.elapsedMs).toBeLessThan(1_000);
    expect(down.body).toMatchObject({ ok: false, error: 'store', detail: 'storage is unreachable' });

    started.setPing(started.realPing);
    const up = await probe(h.baseUrl);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ ok: true });
  });

  it('answers 503 at once when a ping fails, and 200 after it recovers, without a restart', async () => {
    const started = await startWithPing();
    h = started.h;
    started.setPing(() => Promise.reject(new Error('connection refused')));
    const down = await probe(h.baseUrl);
    expect(down.status).toBe(503);
    expect(down.elapsedMs).toBeLessThan(1_000);

    started.setPing(started.realPing);
    expect((await probe(h.baseUrl)).status).toBe(200);
  });

  it('keeps answering quickly while hung pings pile up', async () => {
    const started = await startWithPing();
    h = started.h;
    started.setPing(NEVER);
    const probes = await Promise.all(Array.from({ length: 5 }, () => probe(h!.baseUrl)));
    expect(probes.map((p) => p.status)).toEqual([503, 503, 503, 503, 503]);
    expect(Math.max(...probes.map((p) => p.elapsedMs))).toBeLessThan(1_000);
  });
});
