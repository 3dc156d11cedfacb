import { readdirSync, readFileSync } from 'node:fs';
import { type Playbook, parsePlaybook } from './playbook.ts';

export const DEFAULT_PLAYBOOK_URL = new URL('../../prompts/playbook.json', import.meta.url);
/** One file per group of obstacle families: a team adds its own families by adding a file here. */
export const DEFAULT_FAMILIES_URL = new URL('../../prompts/families/', import.meta.url);

/** Read once at start-up: a missing or broken playbook should stop the app there, not at the first summary. */
export function loadPlaybook(
  location: URL | string = DEFAULT_PLAYBOOK_URL,
  familiesFolder: URL = DEFAULT_FAMILIES_URL,
): Playbook {
  const families = readdirSync(familiesFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, familiesFolder), 'utf8')) as unknown[]);
  return parsePlaybook(JSON.parse(readFileSync(location, 'utf8')), families);
}
