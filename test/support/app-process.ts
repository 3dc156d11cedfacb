import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { fakeWorkspace } from '../slack-fake/ids.ts';
import { SIGNING_SECRET } from './app-harness.ts';
import { startFlags } from './start-flags.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface AppProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
}

export interface AppProcessOptions {
  /** Node options before the script, e.g. `['--import', hookFile]` to preload test code into the app. */
  nodeArgs?: string[];
  /** Opens an IPC channel to the process (`child.send`, `child.on('message')`), for such preloaded code. */
  ipc?: boolean;
  /** Sees the process as soon as it is spawned, before it has started (e.g. to talk to preloaded code). */
  onSpawn?: (child: ChildProcess) => void;
  /** How long the process may take to start; 20 s by default. */
  startTimeoutMs?: number;
}

/** The app exactly as `npm start` runs it (src/main.ts in its own Node process, its flags), on a free port. */
export async function startAppProcess(
  env: Record<string, string>,
  { nodeArgs = [], ipc = false, onSpawn, startTimeoutMs = 20_000 }: AppProcessOptions = {},
): Promise<AppProcess> {
  const child = spawn(process.execPath, [...startFlags(), ...nodeArgs, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: fakeWorkspace.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | NodeJS.Signals | null);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), startTimeoutMs);
    const check = () => {
      const started = output.split('\n').find((line) => line.includes('"app started"'));
      if (started) {
        clearTimeout(timer);
        resolve(Number(JSON.parse(started).port));
      }
    };
    child.stdout?.on('data', check);
    void exited.then((result) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${String(result)} before starting:\n${output}`));
    });
  });
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
