import { z } from 'zod';
import type { Language } from '../i18n/index.ts';
import { DEPARTMENTS, type Department } from '../journey/model.ts';
import { compilePhrase, type MatchableText, type Phrase, phraseKey, phraseMatches } from './phrase.ts';

/**
 * Evidence is written per script rather than per map language: a Greek map gets English answers too, and one
 * list of Chinese terms holds both the Simplified and the Traditional forms.
 */
const EVIDENCE_SCRIPTS = ['en', 'el', 'zh'] as const;

export const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _');
const term = z.string().trim().min(1).max(100);
const someTerms = z.array(term).max(400);
const terms = someTerms.min(1);
const evidence = z.strictObject({ en: someTerms, el: someTerms, zh: someTerms });
const requiredEvidence = z.strictObject({ en: terms, el: terms, zh: terms });
const text = z.string().trim().min(1).max(500);

/** A text people read, in every language a map can have. */
export const localizedText = z.strictObject({
  en: text,
  el: text,
  'zh-Hans': text,
  'zh-Hant': text,
} satisfies Record<Language, typeof text>);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A narrower fix for some of a family's obstacles, chosen when the obstacle says so: an app that older customers
 * cannot use needs a different fix from a shop entrance with steps, though both are about access.
 */
const variantSchema = z.strictObject({
  /** For whoever edits the playbook: never shown in Slack. */
  label: z.string().trim().min(1).max(300),
  /** Words in the obstacle that call for this fix instead of the family's own; the first variant they fit wins. */
  when: requiredEvidence,
  touchpoint: localizedText,
  action: localizedText,
  kpi: localizedText,
});

/**
 * One obstacle family: what identifies it (a strong phrase alone, or what is affected together with what goes
 * wrong; context from the map makes it likelier; an `against` term rules it out) and the fix a consultant would
 * sign for it, with its touchpoint, owners and KPI.
 */
export const familySchema = z.strictObject({
  id: identifier,
  /** For whoever edits the playbook: never shown in Slack. */
  label: z.string().trim().min(1).max(300),
  strong: evidence,
  subject: requiredEvidence,
  problem: requiredEvidence,
  against: evidence,
  context: evidence,
  departments: z.array(z.enum(DEPARTMENTS)).min(1).max(3),
  touchpoint: z.strictObject({ label: localizedText, keywords: requiredEvidence }),
  action: localizedText,
  kpi: localizedText,
  variants: z.array(variantSchema).max(5).optional(),
});
export type FamilyData = z.infer<typeof familySchema>;

export const EVIDENCE_KINDS = ['strong', 'subject', 'problem', 'against', 'context'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const moreTerms = z.strictObject({ en: someTerms.optional(), el: someTerms.optional(), zh: someTerms.optional() });

/**
 * More words for a family defined elsewhere: a team (or a reviewer of one language) adds the way its people speak
 * without touching the family's file.
 */
export const familyExtensionSchema = z.strictObject({
  extends: identifier,
  strong: moreTerms.optional(),
  subject: moreTerms.optional(),
  problem: moreTerms.optional(),
  against: moreTerms.optional(),
  context: moreTerms.optional(),
});
export type FamilyExtension = z.infer<typeof familyExtensionSchema>;

/** The families with every extension's words added; an extension of a family nobody defined is an error. */
export function withExtensions(families: readonly unknown[]): { families: unknown[]; unknown: string[] } {
  const isExtension = (entry: unknown) => typeof entry === 'object' && entry !== null && 'extends' in entry;
  const extensions = families.filter(isExtension);
  const definitions = families.filter((entry) => !isExtension(entry)) as Array<Record<string, unknown>>;
  // Copies, in order and duplicates kept: the schema names a duplicate id, a map would hide it.
  const copies = definitions.map((family) => structuredClone(family));
  const byId = new Map(copies.toReversed().map((family) => [family.id, family]));
  const unknown: string[] = [];
  for (const raw of extensions) {
    const extension = familyExtensionSchema.parse(raw);
    const family = byId.get(extension.extends) as Record<EvidenceKind, Record<string, string[]>> | undefined;
    if (!family) unknown.push(extension.extends);
    else for (const kind of EVIDENCE_KINDS) addTerms(family[kind], extension[kind]);
  }
  return { families: copies, unknown };
}

function addTerms(target: Record<string, string[]> | undefined, more: FamilyExtension['strong']): void {
  if (!target || !more) return;
  for (const script of EVIDENCE_SCRIPTS) {
    const terms = more[script];
    if (terms) target[script] = [...new Set([...(target[script] ?? []), ...terms])];
  }
}

/** What an improvement says: where, what to do and how to measure it. */
export interface Fix {
  touchpoint: LocalizedText;
  action: LocalizedText;
  kpi: LocalizedText;
}

export interface Family extends Fix {
  id: string;
  label: string;
  evidence: Record<EvidenceKind, Phrase[]>;
  departments: Department[];
  /** Where the family's obstacles happen, to find that touchpoint among the stage's. */
  touchpointPhrases: Phrase[];
  variants: Array<Fix & { when: Phrase[] }>;
}

/** The fix for one obstacle of the family: the first variant whose words the obstacle uses, else the family's own. */
export function fixFor(family: Family, obstacle: MatchableText): Fix {
  return family.variants.find((variant) => variant.when.some((phrase) => phraseMatches(phrase, obstacle))) ?? family;
}

/** The terms compiled, each inflection or repeat of one term kept once: they would match the same words. */
function compileTerms(byScript: Record<(typeof EVIDENCE_SCRIPTS)[number], string[]>): Phrase[] {
  const phrases = EVIDENCE_SCRIPTS.flatMap((script) => byScript[script].map(compilePhrase)).filter(
    (phrase): phrase is Phrase => phrase !== null,
  );
  return [...new Map(phrases.map((phrase) => [phraseKey(phrase), phrase])).values()];
}

export function compileFamily(data: FamilyData): Family {
  const evidence = Object.fromEntries(EVIDENCE_KINDS.map((kind) => [kind, compileTerms(data[kind])])) as Record<
    EvidenceKind,
    Phrase[]
  >;
  return {
    id: data.id,
    label: data.label,
    evidence,
    departments: data.departments,
    touchpoint: data.touchpoint.label,
    touchpointPhrases: compileTerms(data.touchpoint.keywords),
    action: data.action,
    kpi: data.kpi,
    variants: (data.variants ?? []).map(({ when, touchpoint, action, kpi }) => ({
      when: compileTerms(when),
      touchpoint,
      action,
      kpi,
    })),
  };
}

/** Every term that folds to nothing (punctuation only) is a typo in the data: it would never match. */
export function emptyTerms(data: FamilyData): string[] {
  const groups = [
    ...EVIDENCE_KINDS.map((kind) => data[kind]),
    data.touchpoint.keywords,
    ...(data.variants ?? []).map((variant) => variant.when),
  ];
  return groups
    .flatMap((group) => EVIDENCE_SCRIPTS.flatMap((script) => group[script]))
    .filter((t) => !compilePhrase(t));
}
