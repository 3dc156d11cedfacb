import type { Translator } from '../i18n/index.ts';
import type { Department, Kind } from '../journey/model.ts';

/** The title of a kind's row or section, in the map's language. */
export function kindTitle(t: Translator, kind: Kind): string {
  return t.t(`common.kindTitles.${kind}`);
}

/** The order a reader meets the kinds in: what the customer wants, does, meets, and what would help. */
export const REPORT_KINDS: readonly Kind[] = [
  'goal',
  'action',
  'thought',
  'feeling',
  'touchpoint',
  'obstacle',
  'idea',
  'kpi',
];

/** A mean with one decimal in the language's notation: 4.0, 4,0. */
export function formatMean(mean: number, t: Translator): string {
  return t.number(mean, 1);
}

/** "Sales 1.0" for each department's mean, in the order given. */
export function departmentMeans(
  means: ReadonlyArray<readonly [Department, { mean: number }]>,
  t: Translator,
): string[] {
  return means.map(([department, { mean }]) =>
    t.t('export.departmentMean', { department: t.t(`common.departments.${department}`), mean: formatMean(mean, t) }),
  );
}

/** The departments that scored a stage, with their means, in the order they were folded. */
export function scoredDepartments(byDepartment: Partial<Record<Department, { mean: number }>>) {
  return Object.entries(byDepartment) as Array<[Department, { mean: number }]>;
}

export function contributionCount(count: number, t: Translator): string {
  return t.t('export.counts.contributions', { count });
}

export function peopleCount(count: number, t: Translator): string {
  return t.t('export.counts.people', { count });
}

/** The persona as one line: "Ana: Shops on her phone", or just the name. */
export function personaLine(persona: { name: string; description: string }, t: Translator): string {
  return persona.description
    ? t.t('export.personaDescribed', { name: persona.name, description: persona.description })
    : persona.name;
}
