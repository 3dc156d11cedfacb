import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createFollowUps, type FollowUps, nextWidth, type WidthLimits } from '../../src/slack/follow-ups.ts';

const LIMITS: WidthLimits = { min: 2, max: 8, targetLagMs: 10, busyLoop: 0.85 };
const limits = (min: number, max: number): WidthLimits => ({ ...LIMITS, min, max });

describe('nextWidth', () => {
  it.each([
    { case: 'busy and lagging: halves', width: 8, lagMs: 25, busy: 0.9, waiting: 10, next: 4 },
    { case: 'busy and lagging at the minimum: stays', width: 2, lagMs: 25, busy: 1, waiting: 10, next: 2 },
    {
      case: 'busy and lagging, odd width: rounds down, not below the minimum',
      width: 5,
      lagMs: 11,
      busy: 1,
      waiting: 0,
      next: 2,
    },
    {
      case: 'lagging with time to spare and work waiting: widens',
      width: 4,
      lagMs: 25,
      busy: 0.5,
      waiting: 3,
      next: 5,
    },
    { case: 'lagging with time to spare, nothing waiting: stays', width: 4, lagMs: 25, busy: 0.5, waiting: 0, next: 4 },
    {
      case: 'busy, keeping up, work waiting: widens by a quarter',
      width: 4,
      lagMs: 2,
      busy: 0.95,
      waiting: 3,
      next: 5,
    },
    { case: 'keeping up with work waiting, narrow: widens by one', width: 2, lagMs: 0, busy: 0.2, waiting: 1, next: 3 },
    { case: 'keeping up at the maximum: stays', width: 8, lagMs: 0, busy: 0.2, waiting: 50, next: 8 },
    { case: 'keeping up, nothing waiting: stays', width: 3, lagMs: 0, busy: 0.2, waiting: 0, next: 3 },
    { case: 'lag exactly at the target: not lagging', width: 4, lagMs: 10, busy: 1, waiting: 1, next: 5 },
    { case: 'busy exactly at the mark and lagging: halves', width: 8, lagMs: 11, busy: 0.85, waiting: 1, next: 4 },
  ])('$case', ({ width, lagMs, busy, waiting, next }) => {
    expect(nextWidth(width, { lagMs, busy, waiting }, LIMITS)).toBe(next);
  });
});

/** A follow-up that runs until it is let go. */
function held() {
  const release = Promise.withResolvers<void>();
  let started = false;
  const work = async () => {
    started = true;
    await release.promise;
  };
  return {
    work,
    release: () => release.resolve(),
    get started() {
      return started;
    },
  };
}

describe('follow-ups', () => {
  let followUps: FollowUps;
  afterEach(() => followUps.close());

  const open = (limits: WidthLimits = LIMITS) => {
    followUps = createFollowUps(createLogger('silent'), limits);
    return followUps;
  };

  it('runs as many at once as the width allows, the rest in arrival order as places free up', async () => {
    const queue = open(limits(2, 2));
    const order: number[] = [];
    const tasks = [0, 1, 2, 3].map(() => held());
    const done = tasks.map((task, index) =>
      queue.run(async () => {
        order.push(index);
        await task.work();
      }),
    );
    await sleep(0);
    expect(tasks.map((task) => task.started)).toEqual([true, true, false, false]);
    expect(queue.backlog).toBe(4);
    tasks[1]!.release();
    await done[1];
    await sleep(0);
    expect(tasks.map((task) => task.started)).toEqual([true, true, true, false]);
    for (const task of tasks) task.release();
    await Promise.all(done);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(queue.backlog).toBe(0);
  });

  it('settles as the work does: its value, or its error', async () => {
    const queue = open();
    await expect(queue.run(async () => 42)).resolves.toBe(42);
    await expect(queue.run(async () => Promise.reject(new Error('slack said no')))).rejects.toThrow('slack said no');
    expect(queue.backlog).toBe(0);
  });

  it('is idle once queued, running and tracked work is done, and says so when time runs out first', async () => {
    const queue = open();
    const running = held();
    const pause = Promise.withResolvers<void>();
    void queue.run(running.work);
    queue.track(pause.promise);
    expect(await queue.idle(20)).toBe(false);
    running.release();
    expect(await queue.idle(20)).toBe(false);
    pause.resolve();
    expect(await queue.idle(1_000)).toBe(true);
  });

  it('gives room at once while the queue is short, and only once it is short again while it is long', async () => {
    const queue = open(limits(1, 1));
    const blocker = held();
    void queue.run(blocker.work);
    let roomGiven = false;
    await queue.room(1_000).then(() => {
      roomGiven = true;
    });
    expect(roomGiven).toBe(true);

    const waiting = Array.from({ length: 300 }, () => queue.run(async () => undefined));
    roomGiven = false;
    const room = queue.room(60_000).then(() => {
      roomGiven = true;
    });
    await sleep(20);
    expect(roomGiven).toBe(false);
    blocker.release();
    await room;
    expect(roomGiven).toBe(true);
    await Promise.all(waiting);
  });

  it('gives room after the limit even while the queue stays long: a request is slowed, never dropped', async () => {
    const queue = open(limits(1, 1));
    const blocker = held();
    const blocked = queue.run(blocker.work);
    const waiting = Array.from({ length: 300 }, () => queue.run(async () => undefined));
    await queue.room(30);
    expect(queue.backlog).toBe(301);
    blocker.release();
    await Promise.all([blocked, ...waiting]);
  });

  it('starts within its limits', () => {
    expect(open(limits(1, 3)).width).toBe(3);
    followUps.close();
    expect(open(limits(20, 40)).width).toBe(20);
  });
});

describe('follow-ups under a lagging event loop', () => {
  it('narrow while the loop is busy and lags, and widen again while work waits and the loop keeps up', async () => {
    const followUps = createFollowUps(createLogger('silent'), limits(2, 16));
    const blockers = Array.from({ length: 40 }, () => held());
    const all = blockers.map((blocker) => followUps.run(blocker.work));
    try {
      const startWidth = followUps.width;
      await sleep(30); // the loop's lag is measured from its first tick on
      // The loop works nearly all the time in long chunks, as under a burst of folds: busy, and lagging.
      const busyUntil = performance.now() + 800;
      while (performance.now() < busyUntil) {
        const chunkEnd = performance.now() + 40;
        while (performance.now() < chunkEnd) {
          // a chunk of work the loop cannot interrupt
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await vi.waitFor(() => expect(followUps.width).toBeLessThan(startWidth), { timeout: 2_000, interval: 20 });
      const narrowed = followUps.width;
      await vi.waitFor(() => expect(followUps.width).toBeGreaterThan(narrowed), { timeout: 5_000, interval: 20 });
    } finally {
      for (const blocker of blockers) blocker.release();
      await Promise.all(all);
      followUps.close();
    }
  });
});

describe('a long backlog', () => {
  it('is logged as a warning once while it stays long, with its length and the width', async () => {
    const lines: { level: number; msg: string; backlog: number; width: number }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const followUps = createFollowUps(createLogger('warn', sink), limits(1, 1));
    const blocker = held();
    const all = [followUps.run(blocker.work), ...Array.from({ length: 2_500 }, () => followUps.run(async () => 0))];
    try {
      await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 2_000, interval: 20 });
      await sleep(600);
      expect(lines).toEqual([expect.objectContaining({ msg: 'follow-ups behind', backlog: 2_501, width: 1 })]);
    } finally {
      blocker.release();
      await Promise.all(all);
      followUps.close();
    }
  });
});
