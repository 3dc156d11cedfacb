// The app under load, in a process of its own: a load generator sharing its event loop would slow the ceiling and
// the real app alike and squeeze their ratio towards 1. Forked by bench/load/index.ts, driven over IPC.
import { Writable } from 'node:stream';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDeps } from '../../src/deps.ts';
import { createLogger } from '../../src/log.ts';
import { fakeWorkspace } from '../../test/slack-fake/ids.ts';
import { startCeiling } from './ceiling.ts';
import type { LogTally, ParentMessage, Running, ServerMessage, ServerOptions } from './protocol.ts';

const KEPT_MESSAGES = 5;
const PINO_WARN = 40;

function tallyingSink(logs: LogTally): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        const { level, msg, err } = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
        if (level > PINO_WARN) logs.error += 1;
        else logs.warn += 1;
        const message = err?.message ? `${msg}: ${err.message}` : String(msg);
        if (logs.firstMessages.length < KEPT_MESSAGES && !logs.firstMessages.includes(message)) {
          logs.firstMessages.push(message);
        }
      }
      done();
    },
  });
}

async function startReal(options: ServerOptions, logs: LogTally): Promise<Running> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: fakeWorkspace.botToken,
    SLACK_SIGNING_SECRET: options.signingSecret,
    SLACK_API_URL: options.apiUrl,
    STORE_URL: options.storeUrl,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
  const deps = await openDeps(config, createLogger(config.logLevel, tallyingSink(logs)));
  const app = createApp(config, deps);
  const { port } = await app.start();
  if (port === undefined) throw new Error('the real app did not report its port');
  return {
    port,
    followUps: () => deps.followUps.backlog,
    async stop() {
      await app.stop();
      deps.followUps.close();
      await deps.store.close();
    },
  };
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

if (import.meta.main) {
  const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
  const logs: LogTally = { warn: 0, error: 0, firstMessages: [] };
  const running = options.kind === 'real' ? await startReal(options, logs) : await startCeiling(options);
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'snapshot') {
      const followUps = running.followUps();
      send({ type: 'snapshot', cpu: process.cpuUsage(), elu: performance.eventLoopUtilization(), logs, followUps });
      return;
    }
    await running.stop();
    // Exiting writes a --cpu-prof; the parent waited for the follow-ups before it asked to stop.
    process.exit(0);
  });
  send({ type: 'listening', port: running.port });
}
