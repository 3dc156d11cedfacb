import { describe, expect, it } from 'vitest';
import { boltLogger, type createLogger } from '../src/log.ts';
import { captureLog } from './support/log-capture.ts';

const TOKEN = 'xoxb-1234-5678-abcdefSECRET';

describe('logger', () => {
  it('writes structured JSON with fields first and a constant message', () => {
    const { lines, log } = captureLog();
    log.info({ mapId: 'M1', stage: 's2' }, 'stage summarised');
    expect(JSON.parse(lines[0]!)).toMatchObject({ mapId: 'M1', stage: 's2', msg: 'stage summarised', level: 30 });
  });

  it.each([
    ['a field', (log: ReturnType<typeof createLogger>) => log.info({ token: TOKEN }, 'x')],
    ['a nested field', (log: ReturnType<typeof createLogger>) => log.info({ a: { b: { botToken: TOKEN } } }, 'x')],
    [
      'a header',
      (log: ReturnType<typeof createLogger>) =>
        log.info({ req: { headers: { authorization: `Bearer ${TOKEN}` } } }, 'x'),
    ],
    ['a message', (log: ReturnType<typeof createLogger>) => log.warn(`call failed with ${TOKEN}`)],
    ['an error', (log: ReturnType<typeof createLogger>) => log.error({ err: new Error(`bad token ${TOKEN}`) }, 'x')],
    ['an app token', (log: ReturnType<typeof createLogger>) => log.info('xapp-1-A0-123-abcdef')],
    [
      'a logged form body',
      (log: ReturnType<typeof createLogger>) => log.debug('body: client_id=1&client_secret=SECRETxyz&code=2'),
    ],
    [
      'a logged JSON body',
      (log: ReturnType<typeof createLogger>) => log.debug('{"client_secret":"SECRETxyz","code":"2"}'),
    ],
  ])('never writes a token found in %s', (_where, write) => {
    const { lines, log } = captureLog();
    write(log);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/SECRET|xapp-1-A0/);
    expect(lines[0]).toContain('[Redacted]');
  });

  it('lets Bolt log through the same redacting pino', () => {
    const { lines, log } = captureLog();
    const bolt = boltLogger(log);
    bolt.warn('token', TOKEN, { retry: 1 });
    bolt.error(new Error(`boom ${TOKEN}`));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('SECRET');
    expect(JSON.parse(lines[0]!)).toMatchObject({ component: 'bolt', level: 40 });
  });
});
