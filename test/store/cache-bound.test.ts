import { describe, expect, it } from 'vitest';
import type { Backend, LogEntry } from '../../src/store/backend.ts';
import { LogCache } from '../../src/store/log-cache.ts';

/** Logs of `count` entries of `size` characters each, and every read the cache asks of them. */
function logsOf(names: readonly string[], count: number, size: number) {
  const logs = new Map<string, LogEntry[]>(
    names.map((name) => [
      name,
      Array.from({ length: count }, (_, at) => ({ id: String(at).padStart(6, '0'), value: 'x'.repeat(size) })),
    ]),
  );
  const reads: Array<{ log: string; whole: boolean }> = [];
  const backend = {
    async readLogAfter(log: string, afterId: string) {
      reads.push({ log, whole: afterId === '' });
      const entries = logs.get(log) ?? [];
      return { entries: entries.filter((entry) => entry.id > afterId), total: entries.length };
    },
  } as unknown as Backend;
  return { backend, reads, add: (log: string, entry: LogEntry) => logs.get(log)!.push(entry) };
}

describe('the cache of parsed logs', () => {
  it('stays within its byte bound, forgetting the log read longest ago first', async () => {
    const names = ['a', 'b', 'c', 'd'];
    // Each log: 100 entries of 1,000 characters, about 200 KB parsed: three fit in 700 KB, four do not.
    const { backend, reads } = logsOf(names, 100, 1_000);
    const cache = new LogCache(backend, (value) => value, 700_000);
    for (const name of names) await cache.read(name);
    expect(cache.bytes).toBeLessThanOrEqual(700_000);
    expect(cache.bytes).toBeGreaterThan(0);

    reads.length = 0;
    await cache.read('d');
    await cache.read('c');
    await cache.read('a');
    expect(reads).toEqual([
      { log: 'd', whole: false },
      { log: 'c', whole: false },
      { log: 'a', whole: true },
    ]);
  });

  it('keeps a held log current by reading only what was added, and does not keep a log larger than the bound', async () => {
    const { backend, reads, add } = logsOf(['small'], 10, 100);
    const cache = new LogCache(backend, (value) => value, 10_000);
    await cache.read('small');
    add('small', { id: '000010', value: 'new' });
    expect(await cache.read('small')).toHaveLength(11);
    expect(reads.at(-1)).toEqual({ log: 'small', whole: false });

    const big = logsOf(['huge'], 1_000, 1_000);
    const bounded = new LogCache(big.backend, (value) => value, 10_000);
    await bounded.read('huge');
    await bounded.read('huge');
    expect(big.reads.map((read) => read.whole)).toEqual([true, true]);
    expect(bounded.bytes).toBe(0);
  });
});
