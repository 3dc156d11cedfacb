import { fold } from '../../journey/fold.ts';
import type { Contribution, Department, JourneyMap, JourneyView } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';

export interface LoadedJourney {
  contributions: readonly Contribution[];
  view: JourneyView;
}

interface Folded {
  map: string;
  departments: string;
  view: JourneyView;
}

/**
 * The view last folded from each list of contributions. The store hands out one list per map while nothing
 * is added to it, so a card refresh, a summary and a digest in a row fold once, as long as the map and its
 * authors' departments are unchanged too.
 */
const foldedViews = new WeakMap<readonly Contribution[], Folded>();

function foldOnce(map: JourneyMap, contributions: readonly Contribution[], departmentsByUser: Map<string, Department>) {
  const key = { map: JSON.stringify(map), departments: JSON.stringify([...departmentsByUser]) };
  const last = foldedViews.get(contributions);
  if (last && last.map === key.map && last.departments === key.departments) return last.view;
  const view = fold(map, contributions, { departmentsByUser });
  foldedViews.set(contributions, { ...key, view });
  return view;
}

/**
 * The merged map as of now. Contributions made before their author picked a department get it from the
 * person's record, so a late answer to "which team are you in?" still counts for their earlier input.
 */
export async function loadJourney(deps: Deps, map: JourneyMap): Promise<LoadedJourney> {
  const contributions = await deps.store.contributions.list(map.teamId, map.id);
  const authorsWithoutDepartment = [...new Set(contributions.filter((c) => !c.department).map((c) => c.authorId))];
  const people = await deps.store.people.getMany(map.teamId, authorsWithoutDepartment);
  const departmentsByUser = new Map<string, Department>();
  for (const person of people) departmentsByUser.set(person.userId, person.department);
  return { contributions, view: foldOnce(map, contributions, departmentsByUser) };
}
