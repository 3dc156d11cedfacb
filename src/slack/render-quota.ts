/**
 * How many renders (pictures, summaries, exports, digest previews) one person may ask for in a minute. Each
 * costs real work and Slack calls shared with everyone else in the workspace; a person past the quota is told
 * to wait a moment. Counted per process: with several instances a person gets a few more, which is fine for
 * fairness and needs no store round trip on every command.
 */
export interface RenderQuota {
  /** Takes one render for a person at `nowMs`; otherwise says in how many seconds the next one is free. */
  take(teamId: string, userId: string, nowMs: number): { granted: true } | { granted: false; retryInSeconds: number };
}

export const RENDERS_PER_MINUTE = 6;
const WINDOW_MS = 60_000;
/** People tracked at once; past it, the oldest are forgotten (they get a fresh quota, never a refusal). */
const MAX_PEOPLE = 10_000;

export function createRenderQuota(perMinute: number = RENDERS_PER_MINUTE): RenderQuota {
  const recent = new Map<string, number[]>();
  return {
    take(teamId, userId, nowMs) {
      const personKey = `${teamId}:${userId}`;
      const times = (recent.get(personKey) ?? []).filter((at) => at > nowMs - WINDOW_MS);
      if (times.length >= perMinute) {
        recent.set(personKey, times);
        return { granted: false, retryInSeconds: Math.max(1, Math.ceil((times[0]! + WINDOW_MS - nowMs) / 1000)) };
      }
      times.push(nowMs);
      recent.delete(personKey);
      recent.set(personKey, times);
      if (recent.size > MAX_PEOPLE) recent.delete(recent.keys().next().value!);
      return { granted: true };
    },
  };
}
