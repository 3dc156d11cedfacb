import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/index.ts';
import { compilePhrase, type Phrase } from './phrase.ts';
import { templateVariables } from './template.ts';
import { GAP_KINDS, type GapKind } from './types.ts';

/** Every pattern speaks the languages our users write in. */
export const PLAYBOOK_LANGUAGES = ['en', 'zh', 'el'] as const;

const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _');
const template = z.string().trim().min(1).max(400);
const phraseList = z.array(z.string().trim().min(1).max(100)).min(1).max(300);
const byLanguage = z.strictObject({ en: phraseList, zh: phraseList, el: phraseList });

/**
 * A text people read, in every language a map can have: a summary speaks its map's language, so a
 * pattern missing one would leave that map with nothing to say.
 */
const localized = z.strictObject({
  en: template,
  el: template,
  'zh-Hans': template,
  'zh-Hant': template,
} satisfies Record<Language, typeof template>);
export type LocalizedText = z.infer<typeof localized>;

const patternSchema = z.strictObject({
  id: identifier,
  /** For whoever edits the playbook: never shown in Slack. */
  label: z.string().trim().min(1).max(80),
  keywords: byLanguage,
  touchpoint: z.strictObject({ label: localized, keywords: byLanguage }),
  action: localized,
  kpi: localized,
});

const gapRuleSchema = z.strictObject({
  id: identifier,
  when: z.enum(GAP_KINDS),
  /** The gap in one line, shown in the summary and as what the improvement answers. */
  gap: localized,
  action: localized,
  touchpoint: localized,
  kpi: localized,
});

const fallbackSchema = z.strictObject({ action: localized, touchpoint: localized, kpi: localized });

/** Variables every template may use; gap rules get more, depending on the gap. */
const PATTERN_VARIABLES = ['obstacle', 'stage', 'persona'] as const;
const FALLBACK_VARIABLES = [...PATTERN_VARIABLES, 'touchpoint'] as const;
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
    patterns: z.array(patternSchema).min(1).max(200),
    /** In order of priority: when obstacles leave room, the first rules that apply fill it. */
    gaps: z.array(gapRuleSchema),
    /** For an obstacle no pattern matches. */
    fallback: fallbackSchema,
  })
  .superRefine((playbook, context) => {
    const issue: Issue = (path, message) => context.addIssue({ code: 'custom', path, message });
    const ids = new Set<string>();
    for (const list of ['patterns', 'gaps'] as const) {
      playbook[list].forEach(({ id }, index) => {
        if (ids.has(id)) issue([list, index, 'id'], `duplicate id ${id}`);
        ids.add(id);
      });
    }
    for (const kind of GAP_KINDS) {
      const rules = playbook.gaps.filter((rule) => rule.when === kind).length;
      if (rules !== 1) issue(['gaps'], `needs exactly one rule for ${kind}, has ${rules}`);
    }
    playbook.patterns.forEach((pattern, index) => {
      const { action, kpi } = pattern;
      checkTemplates(
        issue,
        ['patterns', index],
        { action, kpi, touchpoint: pattern.touchpoint.label },
        PATTERN_VARIABLES,
      );
      for (const [group, keywords] of [
        ['keywords', pattern.keywords],
        ['touchpoint', pattern.touchpoint.keywords],
      ] as const) {
        for (const language of PLAYBOOK_LANGUAGES) {
          for (const keyword of keywords[language]) {
            if (!compilePhrase(keyword)) issue(['patterns', index, group, language], `"${keyword}" matches nothing`);
          }
        }
      }
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

export interface Pattern {
  id: string;
  label: string;
  /** All languages together: a text in any of them matches. */
  phrases: Phrase[];
  touchpoint: { label: LocalizedText; phrases: Phrase[] };
  action: LocalizedText;
  kpi: LocalizedText;
}

export type GapRule = z.infer<typeof gapRuleSchema>;

/** The playbook ready to match: phrases compiled once at load. */
export interface Playbook {
  patterns: Pattern[];
  gapRules: GapRule[];
  fallback: z.infer<typeof fallbackSchema>;
}

/** Throws a ZodError that names each bad field, so a broken playbook stops the app at start-up. */
export function parsePlaybook(json: unknown): Playbook {
  const data = playbookSchema.parse(json);
  return {
    patterns: data.patterns.map((pattern) => ({
      id: pattern.id,
      label: pattern.label,
      phrases: compileAll(pattern.keywords),
      touchpoint: { label: pattern.touchpoint.label, phrases: compileAll(pattern.touchpoint.keywords) },
      action: pattern.action,
      kpi: pattern.kpi,
    })),
    gapRules: data.gaps,
    fallback: data.fallback,
  };
}

function compileAll(keywords: Record<(typeof PLAYBOOK_LANGUAGES)[number], string[]>): Phrase[] {
  return PLAYBOOK_LANGUAGES.flatMap((language) => keywords[language].map(compilePhrase)).filter(
    (phrase): phrase is Phrase => phrase !== null,
  );
}
