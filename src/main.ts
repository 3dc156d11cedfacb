import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDeps } from './deps.ts';
import { createLogger } from './log.ts';
import type { Deps } from './slack/deps.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);

  let deps: Deps;
  try {
    deps = await openDeps(config, log);
  } catch (err) {
    log.fatal({ err, store: config.storeUrl.split(':')[0] }, 'store unreachable at start-up');
    process.stderr.write(`Cannot open the store (${config.storeUrl.split(':')[0]}): ${(err as Error).message}\n`);
    process.exit(1);
  }

  const app = createApp(config, deps);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Bolt's stop closes the HTTP server, which lets in-flight requests finish before it resolves.
    await app.stop().catch((err: unknown) => log.error({ err }, 'stop failed'));
    deps.followUps.close();
    await deps.store.close().catch((err: unknown) => log.error({ err }, 'store close failed'));
    process.exit(0);
  };
  // A request Bolt's receiver fails on outside its own error handling (e.g. a signed body of `null`) must cost
  // that one request, not the instance and everyone else's requests with it.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.start();
  } catch (err) {
    log.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

await main();
