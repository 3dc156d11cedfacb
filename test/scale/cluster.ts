// Two app processes on one shared store, as behind a load balancer: every request goes to one of them, and a
// Slack retry may reach the other.
import { createSignedClient, type SignedClient } from '../slack-fake/signed-client.ts';
import type { FakeSlack } from '../slack-fake/web-api.ts';
import { SIGNING_SECRET } from '../support/app-harness.ts';
import { type AppProcess, startAppProcess } from '../support/app-process.ts';

export interface Instance {
  name: 'A' | 'B';
  process: AppProcess;
  slack: SignedClient;
}

export interface Cluster {
  readonly a: Instance;
  readonly b: Instance;
  /** Round robin, as a load balancer does: A, B, A, B... */
  next(): Instance;
  other(instance: Instance): Instance;
  /** Every JSON log line both processes wrote so far, each tagged with the instance that wrote it. */
  logs(): (Record<string, unknown> & { instance: Instance['name'] })[];
  /** SIGTERM to both at once; resolves with their exit codes (or signals), A first. */
  stop(): Promise<(number | NodeJS.Signals | null)[]>;
  /** SIGKILL whatever still runs: cleanup after a failed test. */
  kill(): Promise<void>;
}

/**
 * Starts both processes at once, so their start-up digest checks race each other. Each gets its own signed
 * client for `teamId`; both use the one fake Slack, reached at `apiUrl` (the fake's own unless given).
 */
export async function startCluster(
  fake: FakeSlack,
  storeUrl: string,
  teamId: string,
  apiUrl: string = fake.apiUrl,
): Promise<Cluster> {
  const env = { SLACK_API_URL: apiUrl, STORE_URL: storeUrl };
  const started = await Promise.allSettled([startAppProcess(env), startAppProcess(env)]);
  const processes = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(processes.map((process) => process.kill('SIGKILL')));
    throw failed.reason;
  }
  const instance = (name: Instance['name'], process: AppProcess): Instance => ({
    name,
    process,
    slack: createSignedClient({
      url: `${process.baseUrl}/slack/events`,
      signingSecret: SIGNING_SECRET,
      teamId,
      responseUrls: () => fake.responseUrl(),
    }),
  });
  const a = instance('A', processes[0]!);
  const b = instance('B', processes[1]!);
  let turn = 0;
  return {
    a,
    b,
    next: () => (turn++ % 2 === 0 ? a : b),
    other: (which) => (which === a ? b : a),
    logs: () => [a, b].flatMap(({ name, process }) => parseLogLines(process.output(), name)),
    stop: () => Promise.all([a.process.kill('SIGTERM'), b.process.kill('SIGTERM')]),
    async kill() {
      await Promise.all([a.process.kill('SIGKILL'), b.process.kill('SIGKILL')]);
    },
  };
}

function parseLogLines(output: string, instance: Instance['name']) {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [{ ...(JSON.parse(line) as Record<string, unknown>), instance }];
    } catch {
      // A line cut mid-write (the process is still running) is read on the next call.
      return [];
    }
  });
}
