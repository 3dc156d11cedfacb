/**
 * Remembers the results of a pure function of one string for about the last `capacity` strings it was given.
 * The same texts come back on every fold, summary and digest of a map (and on every map of a workspace), so
 * their keys and pattern matches are worth keeping; the bound keeps memory flat.
 *
 * Two generations instead of a least-recently-used list: when the young one is full it becomes the old one
 * and the oldest is dropped whole. Deleting a Map's first key one at a time leaves holes that V8 walks over
 * to find the next first key, so with a memo this large every miss cost time in proportion to its size.
 */
export function memoise<T>(compute: (text: string) => T, capacity: number): (text: string) => T {
  const generationSize = Math.max(1, Math.ceil(capacity / 2));
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  const remember = (text: string, result: T) => {
    young.set(text, result);
    if (young.size >= generationSize) {
      old = young;
      young = new Map();
    }
    return result;
  };
  return (text) => {
    if (young.has(text)) return young.get(text) as T;
    if (old.has(text)) return remember(text, old.get(text) as T);
    return remember(text, compute(text));
  };
}
