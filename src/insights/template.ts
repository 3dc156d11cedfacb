/** `{{name}}` placeholders, the same syntax as the prompts in prompts/*.md. */
const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export function templateVariables(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(VARIABLE), (match) => match[1]!))];
}

/** Templates are checked against their variables when the playbook loads, so a missing value is a bug. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(VARIABLE, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template variable {{${name}}} has no value`);
    return value;
  });
}

/** A quote short enough to sit inside a sentence: cut at a word boundary when there is one. */
export function shorten(text: string, maxLength: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  if (characters.length <= maxLength) return oneLine;
  const cut = characters.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
