// What the bench and the app under load (in its own process) say to each other, and what each side runs.

/** The real app, or the ceiling: a bare Bolt app making the same Slack calls and doing nothing else. */
export type AppKind = 'ceiling' | 'real';

export interface ServerOptions {
  kind: AppKind;
  signingSecret: string;
  apiUrl: string;
  /** The map card: summaries go to its thread (the real app finds it in its store, the ceiling is told). */
  cardTs: string;
  /** The real app's store, prepared by the parent. */
  storeUrl: string;
}

/** What the app logged at warn and above: a benchmark of an app that is failing measures the wrong thing. */
export interface LogTally {
  warn: number;
  error: number;
  firstMessages: string[];
}

export type ServerMessage =
  | { type: 'listening'; port: number }
  | { type: 'snapshot'; cpu: NodeJS.CpuUsage; elu: EventLoopUtilization; logs: LogTally; followUps: number };
export type ParentMessage = { type: 'snapshot' } | { type: 'stop' };
export type EventLoopUtilization = ReturnType<typeof performance.eventLoopUtilization>;

export interface Running {
  port: number;
  /** Follow-ups queued or running: work acked but not done yet. */
  followUps(): number;
  stop(): Promise<void>;
}
