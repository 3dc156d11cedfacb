/**
 * Where model answers are kept by the hash of what was asked, per workspace (an answer is made of that
 * workspace's input, and goes when the workspace's data is purged). The app backs it with the store, so
 * every instance shares it and no instance asks the model what another one already asked.
 */
export interface InsightCache {
  get(teamId: string, key: string): Promise<string | undefined>;
  set(teamId: string, key: string, value: string): Promise<void>;
}

/** One process only, never emptied: for tests and single-instance tools, not for the app. */
export function createMemoryCache(): InsightCache & {
  readonly entries: ReadonlyMap<string, ReadonlyMap<string, string>>;
} {
  const entries = new Map<string, Map<string, string>>();
  return {
    entries,
    get: async (teamId, key) => entries.get(teamId)?.get(key),
    set: async (teamId, key, value) => {
      entries.set(teamId, (entries.get(teamId) ?? new Map()).set(key, value));
    },
  };
}
