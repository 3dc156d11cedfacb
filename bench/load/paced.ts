import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestKind, SignedRequest } from './requests.ts';

export interface PacedOptions {
  url: string;
  ratePerSecond: number;
  durationMs: number;
  next: () => SignedRequest;
  /** A request still unanswered after this long is given up and counted at this latency. */
  timeoutMs: number;
}

export interface PacedResult {
  /** Milliseconds from writing the request to the end of the answer, per kind of request. */
  latencies: Map<RequestKind, number[]>;
  statuses: Map<number, number>;
  errors: number;
  timeouts: number;
  /** How far behind its schedule the sender fell at worst: large values would mean the sender, not the app, lagged. */
  maxLagMs: number;
}

/**
 * Open-loop load: request n leaves at start + n / rate whatever happened to the earlier ones, each on a free
 * keep-alive socket. autocannon's overallRate instead lets every connection send its whole quota for the second
 * at once and then wait, so its latency measures those bursts queueing, not the app at a steady rate.
 */
export async function sendPaced(options: PacedOptions): Promise<PacedResult> {
  const { ratePerSecond, durationMs, next } = options;
  // No socket limit: an open-loop sender must never hold a request back because earlier ones are still waiting.
  const agent = new Agent({ keepAlive: true });
  const result: PacedResult = { latencies: new Map(), statuses: new Map(), errors: 0, timeouts: 0, maxLagMs: 0 };
  const total = Math.round((ratePerSecond * durationMs) / 1000);
  const interval = 1000 / ratePerSecond;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let sent = 0; sent < total; sent += 1) {
    const due = started + sent * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    result.maxLagMs = Math.max(result.maxLagMs, performance.now() - due);
    inFlight.push(sendOne(agent, options, next(), result));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return result;
}

function record(result: PacedResult, signed: SignedRequest, latency: number): void {
  const ofKind = result.latencies.get(signed.kind) ?? [];
  ofKind.push(latency);
  result.latencies.set(signed.kind, ofKind);
}

function sendOne(agent: Agent, { url, timeoutMs }: PacedOptions, signed: SignedRequest, result: PacedResult) {
  return new Promise<void>((resolve) => {
    const sentAt = performance.now();
    let timedOut = false;
    const outgoing = request(
      `${url}${signed.path}`,
      {
        method: signed.method,
        headers: { ...signed.headers, 'content-length': Buffer.byteLength(signed.body) },
        agent,
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          if (timedOut) return;
          const status = response.statusCode ?? 0;
          result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
          record(result, signed, performance.now() - sentAt);
          resolve();
        });
      },
    );
    const giveUp = setTimeout(() => {
      timedOut = true;
      result.timeouts += 1;
      record(result, signed, timeoutMs);
      outgoing.destroy();
      resolve();
    }, timeoutMs);
    outgoing.on('close', () => clearTimeout(giveUp));
    outgoing.on('error', () => {
      if (!timedOut) result.errors += 1;
      resolve();
    });
    outgoing.end(signed.body);
  });
}
