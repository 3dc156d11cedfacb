/**
 * Where model answers are kept by the hash of what was asked. The app backs it with the store, so
 * every instance shares it and no instance asks the model what another one already asked.
 */
export interface InsightCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** One process only, never emptied: for tests and single-instance tools, not for the app. */
export function createMemoryCache(): InsightCache & { readonly entries: ReadonlyMap<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
  };
}
