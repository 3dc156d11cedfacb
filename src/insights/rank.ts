import type { MergedItem } from '../journey/model.ts';

/**
 * Most people first, then most departments. Array.sort is stable, so ties keep the view's order
 * (which is by contributions, then key): the same view always ranks the same way.
 */
export function byReach<T extends Pick<MergedItem, 'contributorIds' | 'departments'>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.contributorIds.length - a.contributorIds.length || b.departments.length - a.departments.length,
  );
}
