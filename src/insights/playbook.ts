import { z } from 'zod';
import { LANGUAGES } from '../i18n/index.ts';
import type { LocalizedText } from './families.ts';
import {
  compileFamily,
  emptyTerms,
  type Family,
  familySchema,
  identifier,
  localizedText,
  withExtensions,
} from './families.ts';
import { templateVariables } from './template.ts';
import { GAP_KINDS, type GapKind } from './types.ts';

export type { LocalizedText };

const gapRuleSchema = z.strictObject({
  id: identifier,
  when: z.enum(GAP_KINDS),
  /** The gap in one line, shown in the summary and as what the improvement answers. */
  gap: localizedText,
  action: localizedText,
  touchpoint: localizedText,
  kpi: localizedText,
});

const fallbackSchema = z.strictObject({ action: localizedText, touchpoint: localizedText, kpi: localizedText });

/** Variables every template may use; gap rules get more, depending on the gap. */
const FAMILY_VARIABLES = ['stage', 'persona'] as const;
const FALLBACK_VARIABLES = ['obstacle', 'stage', 'persona', 'touchpoint', 'departments'] as const;
const GAP_VARIABLES = ['stage', 'persona', 'touchpoint'] as const;
export const GAP_RULE_VARIABLES: Record<GapKind, readonly string[]> = {
  empty_stage: GAP_VARIABLES,
  no_obstacle: GAP_VARIABLES,
  emotion_dip: [...GAP_VARIABLES, 'mean'],
  no_touchpoint: GAP_VARIABLES,
  silent_departments: [...GAP_VARIABLES, 'departments'],
  no_feeling: GAP_VARIABLES,
  no_kpi: GAP_VARIABLES,
  disagreement: [...GAP_VARIABLES, 'low', 'lowMean', 'high', 'highMean'],
  kpi_baseline: [...GAP_VARIABLES, 'kpi'],
  customer_evidence: GAP_VARIABLES,
};

export const playbookSchema = z
  .strictObject({
    version: z.literal(1),
    /** Obstacle families, from prompts/families/*.json: a team extends the playbook by adding a file. */
    families: z.array(familySchema).min(1).max(500),
    /** In order of priority: when obstacles leave room, the first rules that apply fill it. */
    gaps: z.array(gapRuleSchema),
    /** For obstacles no family fits: a question to the department that raised them, not an invented fix. */
    fallback: fallbackSchema,
  })
  .superRefine((playbook, context) => {
    const issue: Issue = (path, message) => context.addIssue({ code: 'custom', path, message });
    const ids = new Set<string>();
    for (const list of ['families', 'gaps'] as const) {
      playbook[list].forEach(({ id }, index) => {
        if (ids.has(id)) issue([list, index, 'id'], `duplicate id ${id}`);
        ids.add(id);
      });
    }
    for (const kind of GAP_KINDS) {
      const rules = playbook.gaps.filter((rule) => rule.when === kind).length;
      if (rules !== 1) issue(['gaps'], `needs exactly one rule for ${kind}, has ${rules}`);
    }
    playbook.families.forEach((family, index) => {
      const { action, kpi } = family;
      checkTemplates(
        issue,
        ['families', index],
        { action, kpi, touchpoint: family.touchpoint.label },
        FAMILY_VARIABLES,
      );
      family.variants?.forEach(({ action, kpi, touchpoint }, variant) => {
        checkTemplates(issue, ['families', index, 'variants', variant], { action, kpi, touchpoint }, FAMILY_VARIABLES);
      });
      for (const term of emptyTerms(family)) issue(['families', index], `"${term}" matches nothing`);
    });
    playbook.gaps.forEach(({ when, id: _, ...templates }, index) => {
      checkTemplates(issue, ['gaps', index], templates, GAP_RULE_VARIABLES[when]);
    });
    checkTemplates(issue, ['fallback'], playbook.fallback, FALLBACK_VARIABLES);
  });
export type PlaybookData = z.infer<typeof playbookSchema>;

type Issue = (path: PropertyKey[], message: string) => void;

/** Only known variables, and in every language the same ones as in English: they all say the same thing. */
function checkTemplates(
  issue: Issue,
  path: PropertyKey[],
  templates: Readonly<Record<string, LocalizedText>>,
  allowed: readonly string[],
): void {
  for (const [field, texts] of Object.entries(templates)) {
    const english = templateVariables(texts.en).sort().join(', ');
    for (const language of LANGUAGES) {
      const variables = templateVariables(texts[language]).sort();
      const unknown = variables.filter((name) => !allowed.includes(name));
      if (unknown.length > 0) {
        issue([...path, field, language], `unknown variable ${unknown.map((n) => `{{${n}}}`).join(', ')}`);
      } else if (variables.join(', ') !== english) {
        issue([...path, field, language], `uses other variables than en: ${variables.join(', ') || 'none'}`);
      }
    }
  }
}

export type GapRule = z.infer<typeof gapRuleSchema>;

/** The playbook ready to match: phrases compiled once at load. */
export interface Playbook {
  families: Family[];
  gapRules: GapRule[];
  fallback: z.infer<typeof fallbackSchema>;
}

/**
 * The playbook file (gap rules and the fallback) with the families of every families file. Throws a ZodError that
 * names each bad field, so a broken playbook stops the app at start-up.
 */
export function parsePlaybook(json: unknown, entries: readonly unknown[]): Playbook {
  const { families, unknown } = withExtensions(entries);
  if (unknown.length > 0) throw new Error(`playbook extends families nobody defined: ${unknown.join(', ')}`);
  const data = playbookSchema.parse({ ...(json as object), families });
  return { families: data.families.map(compileFamily), gapRules: data.gaps, fallback: data.fallback };
}
