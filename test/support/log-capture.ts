import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.ts';

/** A debug-level logger whose output is kept as raw lines, to see exactly what would reach the log. */
export function captureLog(): { lines: string[]; log: Logger } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return { lines, log: createLogger('debug', stream) };
}
