import { fold } from '../../journey/fold.ts';
import type { Contribution, Department, JourneyMap, JourneyView } from '../../journey/model.ts';
import type { Deps } from '../deps.ts';

export interface LoadedJourney {
  contributions: Contribution[];
  view: JourneyView;
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
  return { contributions, view: fold(map, contributions, { departmentsByUser }) };
}
