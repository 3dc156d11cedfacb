// What the crash tests and the hook preloaded into the app (store-kill-hook.ts) say to each other over IPC.

/** The header the hook puts on the Slack calls of the request under test, so the fake counts those only. */
export const CRASH_LABEL_HEADER = 'x-crash-label';

/** The line the hook writes to stderr as it kills the process at a store write: where it died, by its own word. */
export function killLine(moment: KillAtWrite['moment'], n: number, detail = ''): string {
  return `[crash-hook] SIGKILL ${moment} store write ${n}: ${detail}`;
}

/** Before the Nth store write starts (it never happened) or just after it finished (before the app learns). */
export interface KillAtWrite {
  nth: number;
  moment: 'before' | 'after';
}

/**
 * Test to hook: follow the requests from now on under `label`, killing at `kill` when given; stop following; or,
 * to a process started with CRASH_HOOK_HOLD=1 (its modules loaded, the app not yet run), run the app now.
 */
export type HookMessage = { type: 'arm'; label: string; kill?: KillAtWrite } | { type: 'disarm' } | { type: 'go' };

/**
 * Hook to test, in the order the process did them: a store write or a Slack call starting or done, or the HTTP
 * answer to the request under test sent (`detail` is its status). `n` counts each kind from the arming.
 */
export interface OperationReport {
  type: 'op';
  label: string;
  kind: 'write' | 'slack' | 'ack';
  phase: 'start' | 'done';
  n: number;
  detail: string;
}

export type HookReport = OperationReport | { type: 'armed'; label: string };
