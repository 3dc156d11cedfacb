import { createApp, type JourneyApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { openDeps } from './deps.ts';
import { createLogger, type Logger } from './log.ts';
import type { Deps } from './slack/deps.ts';

/** The configuration, or exit code 2 with the reason on stderr when it is incomplete or wrong. */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** The store and the rest of the dependencies, or exit code 1 when the store cannot be reached. */
async function depsOrExit(config: Config, log: Logger): Promise<Deps> {
  try {
    return await openDeps(config, log);
  } catch (err) {
    log.fatal({ err, store: config.storeUrl.split(':')[0] }, 'store unreachable at start-up');
    process.stderr.write(`Cannot open the store (${config.storeUrl.split(':')[0]}): ${(err as Error).message}\n`);
    process.exit(1);
  }
}

/** Stops the app and closes the store on SIGTERM or SIGINT (the first one only), then exits. */
function shutDownOnSignals(app: JourneyApp, deps: Deps, log: Logger): void {
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
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  const deps = await depsOrExit(config, log);
  const app = createApp(config, deps);
  // A request Bolt's receiver fails on outside its own error handling (e.g. a signed body of `null`) must cost
  // that one request, not the instance and everyone else's requests with it.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  shutDownOnSignals(app, deps, log);

  try {
    await app.start();
  } catch (err) {
    log.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

await main();
