import { readFileSync } from 'node:fs';
import { type Playbook, parsePlaybook } from './playbook.ts';

export const DEFAULT_PLAYBOOK_URL = new URL('../../prompts/playbook.json', import.meta.url);

/** Read once at start-up: a missing or broken playbook should stop the app there, not at the first summary. */
export function loadPlaybook(location: URL | string = DEFAULT_PLAYBOOK_URL): Playbook {
  return parsePlaybook(JSON.parse(readFileSync(location, 'utf8')));
}
