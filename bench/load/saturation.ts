import autocannon from 'autocannon';
import type { FakeSlack } from '../../test/slack-fake/web-api.ts';
import { type AppLoad, type AppUnderLoad, type SideWork, startApp } from './app-under-load.ts';
import type { AppKind } from './protocol.ts';
import type { RequestKind, SignedRequest } from './requests.ts';

export const CONNECTIONS = 50;
/** BENCH_LOAD_SECONDS shortens runs, e.g. for a profile (BENCH_CPU_PROF_DIR=<dir> profiles the app processes). */
export const RUN_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
export const WARM_UP_SECONDS = 2;

function saturate(app: AppUnderLoad, next: () => SignedRequest, seconds: number) {
  return autocannon({
    url: app.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const { method, path, headers, body } = next();
          return { ...request, method, path, headers, body };
        },
      },
    ],
  });
}

export interface SaturationRun {
  kind: AppKind;
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
  load: AppLoad;
  side: SideWork;
}

/** As many requests of `kinds` as CONNECTIONS connections get answered in `seconds`, after a warm-up. */
export async function saturationRun(
  kind: AppKind,
  fake: FakeSlack,
  kinds: readonly RequestKind[],
  seconds: number,
): Promise<SaturationRun> {
  const app = await startApp(kind, fake);
  try {
    const next = app.mix(kinds);
    await saturate(app, next, WARM_UP_SECONDS);
    await app.drained();
    const { result, load, side } = await app.measure(
      () => saturate(app, next, seconds),
      (answered) => answered['2xx'],
    );
    return {
      kind,
      // Acks alone would flatter an app that queues its work: the run lasts until the work it acked is done.
      perSecond: result['2xx'] / (result.duration + load.catchUpMs / 1000),
      p50: result.latency.p50,
      p99: result.latency.p99,
      failed: result.non2xx + result.errors + result.timeouts,
      load,
      side,
    };
  } finally {
    await app.stop();
  }
}

/** CPU the app process spent per answered request: steadier than req/s on a noisy machine. */
export const cpuMsPerRequest = (run: SaturationRun) => (run.load.cpu * 1000) / run.perSecond;
