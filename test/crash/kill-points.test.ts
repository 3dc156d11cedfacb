import { describe, expect, it } from 'vitest';
import { describePoint, killPoints } from './kill-points.ts';
import type { OperationReport } from './protocol.ts';
import { describeBatch, describeSql, redisWrite } from './write-filter.ts';

const op = (kind: OperationReport['kind'], phase: OperationReport['phase'], n: number, detail: string) =>
  ({ type: 'op', label: 'dry-run', kind, phase, n, detail }) as const;

describe('the writes the kill hook counts', () => {
  it('counts INSERT, UPDATE, DELETE and a CTE that inserts, named by verb and table, never a read', () => {
    expect(describeSql(['INSERT INTO journey_log (log, id, value) VALUES (?, ?, ?)', ['l', 'i', 'v']])).toBe(
      'INSERT journey_log',
    );
    expect(describeSql(['  delete from journey_claim WHERE key = ?', ['k'], () => undefined])).toBe(
      'DELETE journey_claim',
    );
    expect(describeSql([{ text: 'WITH c0 AS (INSERT INTO journey_claim (key) SELECT $1) SELECT 1', values: [] }])).toBe(
      'INSERT journey_claim',
    );
    expect(describeSql(['SELECT value FROM keyv WHERE key = ?', ['journey::map:T1:M1']])).toBeUndefined();
    expect(describeSql(['PRAGMA journal_mode = WAL'])).toBeUndefined();
  });

  it("leaves out the outbox's own bookkeeping, by table name or by key", () => {
    expect(describeSql(['UPDATE journey_outbox SET lease_until = ? WHERE id = ?', [1, 'e']])).toBeUndefined();
    expect(describeSql(['INSERT INTO keyv (key, value) VALUES (?, ?)', ['journey::outbox:E1', '{}']])).toBeUndefined();
    expect(redisWrite(['SET', 'journey:outbox:E1', '{}'])).toBeUndefined();
    expect(redisWrite(['HSET', 'journey::outbox:E1', 'lease', '1'])).toBeUndefined();
  });

  it('names a Redis write by command and the kind of key, and a MULTI by its writes', () => {
    expect(redisWrite(['SET', 'journey::session:T1:M1:U1', '{}'])).toBe('SET journey:session');
    expect(redisWrite(['EVAL', 'script', '2', 'journey:claim:a', 'journey:claim:b', '10'])).toBe('EVAL journey:claim');
    expect(redisWrite(['HGETALL', 'journey:log:x'])).toBeUndefined();
    const batch = describeBatch('MULTI');
    expect(batch([[{ args: ['HSETNX', 'journey:log:x', 'a', '1'] }, { args: ['HLEN', 'journey:log:x'] }]])).toBe(
      'MULTI HSETNX journey:log',
    );
    expect(batch([[{ args: ['EXISTS', 'journey:log:x'] }]])).toBeUndefined();
  });
});

describe('kill points', () => {
  it('puts one point in each gap between operations, plus an answer lost for each call that changes something', () => {
    const points = killPoints([
      op('write', 'start', 1, 'INSERT journey_claim'),
      op('write', 'done', 1, 'INSERT journey_claim'),
      op('ack', 'done', 1, '200'),
      op('write', 'start', 2, 'INSERT journey_log'),
      op('write', 'done', 2, 'INSERT journey_log'),
      op('slack', 'start', 1, 'conversations.open'),
      op('slack', 'done', 1, 'conversations.open'),
      op('slack', 'start', 2, 'chat.postMessage'),
      op('slack', 'done', 2, 'chat.postMessage'),
    ]);
    expect(points.map(describePoint)).toEqual([
      'before store write 1 (INSERT journey_claim)',
      // The answer went out between write 1 and write 2: a gap of its own.
      'after store write 1 (INSERT journey_claim)',
      'before store write 2 (INSERT journey_log)',
      'before Slack call 1 (conversations.open)',
      'before Slack call 2 (chat.postMessage)',
      'Slack call 2 (chat.postMessage) done, its answer lost',
      'after Slack call 2 (chat.postMessage)',
    ]);
  });
});
