import { readFileSync } from 'node:fs';

/**
 * The Node flags of `npm start`, read from package.json, so a test or a benchmark that starts the app in a
 * process of its own runs it as production does and the two cannot drift apart.
 */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--') && !word.startsWith('--env-file'));
}
