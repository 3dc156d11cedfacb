// Where a request can be cut short: from the operations a dry run recorded, every gap between them, and for a
// Slack call also the moment Slack acted but the app never heard back.
import type { CallKillMoment } from '../slack-fake/web-api.ts';
import type { OperationReport } from './protocol.ts';

export type KillPoint =
  | { op: 'write'; n: number; moment: 'before' | 'after'; detail: string }
  | { op: 'slack'; n: number; moment: CallKillMoment; detail: string };

/** How a test case names the point: which operation, and which side of it. */
export function describePoint(point: KillPoint): string {
  const what =
    point.op === 'write' ? `store write ${point.n} (${point.detail})` : `Slack call ${point.n} (${point.detail})`;
  if (point.moment === 'before') return `before ${what}`;
  if (point.op === 'write' || point.moment === 'answered') return `after ${what}`;
  return `${what} done, its answer lost`;
}

/** Calls that change nothing a person sees: their answer lost is the same crash as the call never made. */
const READ_ONLY_CALLS = new Set([
  'conversations.open',
  'conversations.info',
  'conversations.members',
  'users.info',
  'auth.test',
  'team.info',
  'chat.getPermalink',
]);

const isStart = (report: OperationReport | undefined) =>
  report !== undefined && report.phase === 'start' && report.kind !== 'ack';

/**
 * The kill points of a dry run, in the order they occur. "After X" is left out when the next thing the process did
 * was start Y: that is the same gap as "before Y" (an HTTP answer in between makes it a gap of its own). So is
 * "answer lost" for a call that changes nothing (READ_ONLY_CALLS): it is "before" that call.
 */
export function killPoints(operations: readonly OperationReport[]): KillPoint[] {
  const points: KillPoint[] = [];
  operations.forEach((report, index) => {
    const sameGapAsNext = isStart(operations[index + 1]);
    const { n, detail } = report;
    if (report.kind === 'ack') return;
    if (report.phase === 'start') points.push({ op: report.kind, n, detail, moment: 'before' } as KillPoint);
    else if (report.kind === 'slack') {
      if (!READ_ONLY_CALLS.has(detail)) points.push({ op: 'slack', n, detail, moment: 'after' });
      if (!sameGapAsNext) points.push({ op: 'slack', n, detail, moment: 'answered' });
    } else if (!sameGapAsNext) points.push({ op: 'write', n, detail, moment: 'after' });
  });
  return points;
}
