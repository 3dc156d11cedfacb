import { AsyncResource } from 'node:async_hooks';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import PQueue from 'p-queue';
import type { Logger } from '../log.ts';

/**
 * The work that follows an ack (reading a reply, summarising, posting to Slack) shares one event loop with the
 * acks of the requests still arriving. Run all of it at once and every new ack waits behind it: at 200 requests a
 * second the real app's ack p99 was 200 ms to over 3 s, when Slack gives up at 3 s. So follow-ups wait their turn
 * in a queue whose width adapts: narrower while the event loop is busy and lags, wider while work is waiting and
 * the loop keeps up or has time to spare (a follow-up mostly waits on Slack or the store, far longer from a real
 * data centre than from a test, and one slow or rate-limited call must not hold up the rest).
 */
export interface FollowUps {
  /** Runs `work` when the queue lets it, in arrival order; settles as `work` does. Never call it from inside `work`. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Counts `pending` as unfinished work (e.g. a pause before the next run) without taking a place in the queue. */
  track(pending: Promise<unknown>): void;
  /** Resolves true once nothing is queued, running or tracked, or false after `limitMs`. */
  idle(limitMs: number): Promise<boolean>;
  /**
   * Resolves at once while the queue is short; while it is long, once it is short again or after `limitMs`, so
   * a new request waits for room (the app is behind) rather than adding to a queue that only grows.
   */
  room(limitMs: number): Promise<void>;
  /** Queued and running follow-ups. */
  readonly backlog: number;
  /** How many may run at once now. */
  readonly width: number;
  close(): void;
}

export interface WidthLimits {
  min: number;
  max: number;
  /** The mean event-loop lag (ms) above which a busy loop narrows the queue. */
  targetLagMs: number;
  /** The share of time the loop works (0 to 1) from which it counts as busy. */
  busyLoop: number;
}

/** How the event loop did since the last adjustment. */
export interface LoopState {
  /** Mean delay of a timer beyond its due time, in ms: what a new request waits before it is read. */
  lagMs: number;
  /** Event-loop utilisation, 0 to 1. */
  busy: number;
  /** Follow-ups waiting for a place. */
  waiting: number;
}

export const FOLLOW_UP_WIDTH: WidthLimits = { min: 4, max: 256, targetLagMs: 1, busyLoop: 0.85 };
const LAG_RESOLUTION_MS = 10;
const START_WIDTH = 16;
const ADJUST_EVERY_MS = 250;
/** Follow-ups waiting beyond which new requests wait for room: about a second of work at full speed. */
const HIGH_WATER = 256;
/** A backlog this long is worth a warning: follow-ups are far behind, or the instance needs help. */
const BACKLOG_WARNING = 2_000;

/**
 * Halve while the loop is busy and lags (as TCP does with its window): more at once would only make acks wait.
 * A loop with time to spare lags from its own chunks of work, not from the width, so it is never narrowed: with
 * Slack far away the width has to grow to keep up. Widen by a quarter only while work waits, so an idle app does
 * not drift to the maximum and a busy one reaches its width in seconds.
 */
export function nextWidth(width: number, loop: LoopState, limits: WidthLimits = FOLLOW_UP_WIDTH): number {
  if (loop.busy >= limits.busyLoop && loop.lagMs > limits.targetLagMs)
    return Math.max(limits.min, Math.floor(width / 2));
  if (loop.waiting > 0) return Math.min(limits.max, width + Math.max(1, Math.floor(width / 4)));
  return width;
}

/** True once `done` settles within `limitMs`, false when the time runs out first. */
async function within(done: Promise<unknown>, limitMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), limitMs);
  });
  try {
    return await Promise.race([done.then(() => true as const), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** How the event loop did since the last sample: its mean lag and how busy it was. */
interface LoopSampler {
  sample(): Pick<LoopState, 'lagMs' | 'busy'>;
  close(): void;
}

function sampleEventLoop(): LoopSampler {
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  let loopSince = performance.eventLoopUtilization();
  return {
    sample() {
      // The histogram holds whole intervals between its timer's runs: the lag is what exceeds the resolution.
      const lagMs = lag.count > 0 ? Math.max(0, lag.mean / 1e6 - LAG_RESOLUTION_MS) : 0;
      lag.reset();
      const loopNow = performance.eventLoopUtilization();
      const busy = performance.eventLoopUtilization(loopNow, loopSince).utilization;
      loopSince = loopNow;
      return { lagMs, busy };
    },
    close: () => lag.disable(),
  };
}

/**
 * Sets the queue's width from the event loop every ADJUST_EVERY_MS, and warns once each time the backlog grows
 * past BACKLOG_WARNING. Returns what stops it.
 */
function adaptWidth(queue: PQueue, log: Logger, limits: WidthLimits): () => void {
  const loop = sampleEventLoop();
  let warned = false;
  const adjust = setInterval(() => {
    queue.concurrency = nextWidth(queue.concurrency, { ...loop.sample(), waiting: queue.size }, limits);
    const backlog = queue.size + queue.pending;
    const behind = backlog >= BACKLOG_WARNING;
    if (behind && !warned) log.warn({ backlog, width: queue.concurrency }, 'follow-ups behind');
    warned = behind;
  }, ADJUST_EVERY_MS);
  adjust.unref();
  return () => {
    clearInterval(adjust);
    loop.close();
  };
}

/**
 * Requests waiting for room, let in by the follow-up that starts once the queue is short again rather than through
 * the queue's events: p-queue's onSizeLessThan adds an AbortController and two listeners a waiter, and every start
 * and end of a follow-up called all of them, a few per cent of a saturated app's CPU.
 */
function roomForRequests(queue: PQueue) {
  const waiting = new Set<() => void>();
  return {
    /** Call as a follow-up starts: the queue is one shorter. */
    letWaitersIn() {
      if (queue.size >= HIGH_WATER) return;
      for (const letIn of waiting) letIn();
      waiting.clear();
    },
    async wait(limitMs: number): Promise<void> {
      if (queue.size < HIGH_WATER) return;
      const { promise, resolve } = Promise.withResolvers<void>();
      waiting.add(resolve);
      if (!(await within(promise, limitMs))) waiting.delete(resolve);
    },
  };
}

export function createFollowUps(log: Logger, limits: WidthLimits = FOLLOW_UP_WIDTH): FollowUps {
  const queue = new PQueue({ concurrency: Math.min(limits.max, Math.max(limits.min, START_WIDTH)) });
  const tracked = new Set<Promise<unknown>>();
  const backlog = () => queue.size + queue.pending;
  const stopAdapting = adaptWidth(queue, log, limits);
  const room = roomForRequests(queue);

  async function settled(): Promise<void> {
    while (backlog() > 0 || tracked.size > 0) {
      await queue.onIdle();
      await Promise.allSettled([...tracked]);
    }
  }

  return {
    // Bound to the caller's context: the queue starts work from whichever task just ended, whose request it is not.
    run(work) {
      const bound = AsyncResource.bind(work);
      return queue.add(() => {
        room.letWaitersIn();
        return bound();
      });
    },
    track(pending) {
      const settle = () => tracked.delete(pending);
      tracked.add(pending);
      pending.then(settle, settle);
    },
    idle: (limitMs) => within(settled(), limitMs),
    room: room.wait,
    get backlog() {
      return backlog();
    },
    get width() {
      return queue.concurrency;
    },
    close: stopAdapting,
  };
}
