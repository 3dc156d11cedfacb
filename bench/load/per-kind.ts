// Each request kind alone, on the real app and on the ceiling: which Slack calls each makes per request (the
// ceiling must match the real app here, or the ratio compares different work) and the CPU each kind costs.
import type { FakeSlack } from '../../test/slack-fake/web-api.ts';
import { fixed, percent, printTable, whole } from '../report.ts';
import type { MethodUse } from './app-under-load.ts';
import type { RequestKind } from './requests.ts';
import { CONNECTIONS, cpuMsPerRequest, RUN_SECONDS, type SaturationRun, saturationRun } from './saturation.ts';

/** Half a mixed run: enough requests of one kind for its calls and CPU per request to settle. */
const KIND_RUN_SECONDS = Math.max(1, RUN_SECONDS / 2);
const NO_USE: MethodUse = { perRequest: 0, bytesPerCall: Number.NaN };

interface KindRuns {
  requestKind: RequestKind;
  real: SaturationRun;
  ceiling: SaturationRun;
}

/** One row per Slack method either app called for the kind; the ack alone when neither called any. */
function callRows({ requestKind, real, ceiling }: KindRuns): string[][] {
  const methods = [...new Set([...real.side.methods.keys(), ...ceiling.side.methods.keys()])];
  if (methods.length === 0) return [[requestKind, 'ack only', '0', '0', '-', '-']];
  return methods.map((method) => {
    const ofReal = real.side.methods.get(method) ?? NO_USE;
    const ofCeiling = ceiling.side.methods.get(method) ?? NO_USE;
    return [
      requestKind,
      method,
      fixed(ofReal.perRequest, 3),
      fixed(ofCeiling.perRequest, 3),
      whole(ofReal.bytesPerCall),
      whole(ofCeiling.bytesPerCall),
    ];
  });
}

function printCallTable(runs: readonly KindRuns[]): void {
  printTable(
    `Load (a) Slack calls per request, each kind alone at saturation (${CONNECTIONS} connections, ` +
      `${KIND_RUN_SECONDS} s per run): the real app, and the ceiling that must match it`,
    ['kind', 'call', 'real calls/req', 'ceiling calls/req', 'real bytes/call', 'ceiling bytes/call'],
    runs.flatMap(callRows),
    [
      'counted on the fake Slack after each ack, follow-ups included; bytes: JSON of the arguments without the token',
      'a little over 1: requests in flight when the load stopped were served but not counted (both apps alike)',
      'fractions: calls made once per person (profile, team question), per channel (audience) or per second (card ' +
        'redraw), and summaries past the render quota (a few per person a minute), which both only ack',
    ],
  );
}

function printCpuTable(runs: readonly KindRuns[]): void {
  printTable(
    'Load (a) by kind: requests/s (acked work done) and app CPU per request, each kind alone',
    ['kind', 'real req/s', 'ceiling req/s', 'real/ceiling', 'real CPU ms/req', 'ceiling CPU ms/req', 'failed'],
    runs.map(({ requestKind, real, ceiling }) => [
      requestKind,
      whole(real.perSecond),
      whole(ceiling.perSecond),
      percent(real.perSecond / ceiling.perSecond),
      fixed(cpuMsPerRequest(real), 2),
      fixed(cpuMsPerRequest(ceiling), 2),
      whole(real.failed + ceiling.failed + real.side.failedSlackCalls + ceiling.side.failedSlackCalls),
    ]),
    ['failed: answers other than 2xx and Slack calls the fake refused, both apps together'],
  );
}

export async function measureKindsAlone(fake: FakeSlack, kinds: readonly RequestKind[]): Promise<void> {
  const runs: KindRuns[] = [];
  for (const requestKind of kinds) {
    const real = await saturationRun('real', fake, [requestKind], KIND_RUN_SECONDS);
    const ceiling = await saturationRun('ceiling', fake, [requestKind], KIND_RUN_SECONDS);
    runs.push({ requestKind, real, ceiling });
  }
  printCallTable(runs);
  printCpuTable(runs);
}
