/**
 * Remembers the results of a pure function of one string for the last `capacity` strings it was given, the
 * oldest forgotten first. The same texts come back on every fold, summary and digest of a map (and on every
 * map of a workspace), so their keys and pattern matches are worth keeping; the bound keeps memory flat.
 */
export function memoise<T>(compute: (text: string) => T, capacity: number): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text) as T;
    const result = compute(text);
    if (results.size >= capacity) results.delete(results.keys().next().value as string);
    results.set(text, result);
    return result;
  };
}
