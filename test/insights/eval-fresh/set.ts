import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const itemSchema = z.strictObject({
  family: z.string().min(1),
  goal: z.string().trim().min(1),
  stage: z.string().trim().min(1),
  text: z.string().trim().min(1),
});
export type FreshComplaint = z.infer<typeof itemSchema> & { language: string };

const folder = new URL('./', import.meta.url);

/** Every file `<language>-<part>.json` of this folder, each item tagged with its file's language. */
export function loadFreshSet(): FreshComplaint[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const language = name.replace(/-[a-z]+\.json$/, '');
      const items = z.array(itemSchema).parse(JSON.parse(readFileSync(new URL(name, folder), 'utf8')));
      return items.map((item) => ({ ...item, language }));
    });
}
