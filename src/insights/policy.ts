import { createHash } from 'node:crypto';
import type { ZodType } from 'zod';
import type { JourneyMap, JourneyView, Stage } from '../journey/model.ts';
import type { InsightCache } from './cache.ts';
import { extractWithRules } from './extract-rules.ts';
import { type Extraction, extractionFromModel, modelExtractionSchema } from './extraction.ts';
import { createOpenAIModel, type ModelFailureReason, type ModelOptions, type ModelResult } from './openai.ts';
import type { Playbook } from './playbook.ts';
import { type ChatMessage, extractionMessages, loadPrompt, summaryMessages } from './prompts.ts';
import { summariseStage as summariseWithRules } from './summary.ts';
import { shorten } from './template.ts';
import {
  type Improvement,
  MAX_IMPROVEMENTS,
  MIN_IMPROVEMENTS,
  type ModelInsight,
  modelInsightSchema,
  type StageSummary,
} from './types.ts';

export type FallbackReason = ModelFailureReason | 'too_few_improvements';

/** Set when a model is configured but the rules produced the result: why the model's was not used. */
export interface Fallback {
  fallbackReason?: FallbackReason;
}
export type InsightSummary = StageSummary & Fallback;
export type InsightExtraction = Extraction & Fallback;

/** The one pino method used, typed by shape so this module does not depend on pino. */
export interface WarnLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface InsightsOptions {
  model?: ModelOptions;
  playbook: Playbook;
  cache: InsightCache;
  log?: WarnLogger;
}

export interface Insights {
  /** What produces results when all goes well. */
  source: 'rules' | 'model';
  /** The configured model's name, on the model path: posts say who suggested what. */
  readonly model?: string;
  summariseStage(map: JourneyMap, view: JourneyView, stageId: string): Promise<InsightSummary>;
  /** `teamId`: the workspace the text comes from, whose cache keeps the answer. */
  extract(teamId: string, text: string, stages: readonly Stage[]): Promise<InsightExtraction>;
}

/** Model text is shown in Slack as one line or a short paragraph: longer is cut, never posted whole. */
const NARRATIVE_LENGTH = 600;
const ANSWERS_LENGTH = 200;
const ACTION_LENGTH = 300;
const TOUCHPOINT_LENGTH = 100;
const KPI_LENGTH = 100;

/**
 * The rules without a model. With one, the model's answer, and the rules' whenever the model fails in
 * any way; the rules summary is computed first either way, since the model only rewrites its
 * narrative and improvements. Never rejects because of the model.
 */
export function createInsights({ model: modelOptions, playbook, cache, log }: InsightsOptions): Insights {
  if (!modelOptions) {
    return {
      source: 'rules',
      summariseStage: async (map, view, stageId) => summariseWithRules(map, view, stageId, playbook),
      extract: async (_teamId, text, stages) => extractWithRules(text, stages),
    };
  }
  // Read now, so a broken prompt file stops start-up instead of every summary.
  loadPrompt('summary');
  loadPrompt('extract');
  const model = createOpenAIModel(modelOptions);
  const remembered = { model: model.model, cache, log };
  const askForInsight = rememberedAsk(remembered, 'summary', modelInsightSchema, model.writeInsight);
  const askForExtraction = rememberedAsk(remembered, 'extract', modelExtractionSchema, model.extract);

  return {
    source: 'model',
    model: modelOptions.model,
    async summariseStage(map, view, stageId) {
      const rules = summariseWithRules(map, view, stageId, playbook);
      const answer = await askForInsight(map.teamId, summaryMessages(map, view, rules));
      const insight = answer.ok ? insightFromModel(answer.value) : null;
      if (insight) return { ...rules, ...insight, source: 'model' };
      const fallbackReason = answer.ok ? 'too_few_improvements' : answer.reason;
      log?.warn(
        { mapId: map.id, stageId, reason: fallbackReason, detail: answer.ok ? undefined : answer.detail },
        'model summary failed, rules used',
      );
      return { ...rules, fallbackReason };
    },
    async extract(teamId, text, stages) {
      const answer = await askForExtraction(teamId, extractionMessages(text, stages));
      if (answer.ok) return extractionFromModel(answer.value, stages);
      log?.warn({ reason: answer.reason, detail: answer.detail }, 'model extraction failed, rules used');
      return { ...extractWithRules(text, stages), fallbackReason: answer.reason };
    },
  };
}

/**
 * The model's narrative and improvements, whitespace collapsed and cut to what Slack shows; an
 * improvement with an empty field is dropped, and fewer than the minimum left is no answer at all.
 * Escaping for mrkdwn happens where the text is rendered, like any user text.
 */
function insightFromModel(output: ModelInsight): Pick<StageSummary, 'narrative' | 'improvements'> | null {
  const improvements = output.improvements
    .map(
      (improvement): Improvement => ({
        answers: { kind: improvement.answers.kind, text: shorten(improvement.answers.text, ANSWERS_LENGTH) },
        action: shorten(improvement.action, ACTION_LENGTH),
        touchpoint: shorten(improvement.touchpoint, TOUCHPOINT_LENGTH),
        kpi: shorten(improvement.kpi, KPI_LENGTH),
        owners: [],
        patternId: null,
      }),
    )
    .filter(({ answers, action, touchpoint, kpi }) => [answers.text, action, touchpoint, kpi].every(Boolean))
    .slice(0, MAX_IMPROVEMENTS);
  if (improvements.length < MIN_IMPROVEMENTS) return null;
  const narrative = shorten(output.narrative, NARRATIVE_LENGTH);
  return { narrative: narrative === '' ? null : narrative, improvements };
}

interface Remembered {
  model: string;
  cache: InsightCache;
  log: WarnLogger | undefined;
}

/** One kind of answer in the cache: what it is for (in its keys and warnings) and how a kept one is checked. */
interface KeptAnswers<T> extends Remembered {
  purpose: 'summary' | 'extract';
  schema: ZodType<T>;
}

/** The key hashes exactly what would be sent, so any change to the model, prompt or data asks again. */
function answerKey({ model, purpose }: KeptAnswers<unknown>, messages: ChatMessage[]): string {
  return `${purpose}:${createHash('sha256').update(JSON.stringify({ model, messages })).digest('hex')}`;
}

/** A kept answer that still fits its schema; a cache that fails reads as empty, so the model is asked instead. */
async function recall<T>(
  { cache, log, purpose, schema }: KeptAnswers<T>,
  teamId: string,
  key: string,
): Promise<T | undefined> {
  try {
    const raw = await cache.get(teamId, key);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch (err) {
    log?.warn({ err, purpose }, 'insight cache read failed');
    return undefined;
  }
}

/** Keeps a valid answer; a cache that fails costs only a later ask, never this answer. */
async function remember<T>(
  { cache, log, purpose }: KeptAnswers<T>,
  teamId: string,
  key: string,
  value: T,
): Promise<void> {
  try {
    await cache.set(teamId, key, JSON.stringify(value));
  } catch (err) {
    log?.warn({ err, purpose }, 'insight cache write failed');
  }
}

/**
 * Asks the model at most once per distinct request: the key hashes exactly what would be sent (model,
 * prompt text and the data block), so an unchanged stage, persona and goal never reach the model twice,
 * while any change to them or to the prompt files asks again. Only valid answers are kept: a failure
 * is tried again next time. Concurrent asks for one key in this process share one call.
 */
function rememberedAsk<T>(
  remembered: Remembered,
  purpose: 'summary' | 'extract',
  schema: ZodType<T>,
  ask: (messages: ChatMessage[]) => Promise<ModelResult<T>>,
): (teamId: string, messages: ChatMessage[]) => Promise<ModelResult<T>> {
  const kept: KeptAnswers<T> = { ...remembered, purpose, schema };
  const inFlight = new Map<string, Promise<ModelResult<T>>>();
  return async (teamId, messages) => {
    const key = answerKey(kept, messages);
    const known = await recall(kept, teamId, key);
    if (known !== undefined) return { ok: true, value: known };
    // Per workspace, like the cache: the call that answers is the one whose answer is kept for that workspace.
    const flight = `${teamId}:${key}`;
    let pending = inFlight.get(flight);
    if (!pending) {
      pending = ask(messages)
        .then(async (result) => {
          if (result.ok) await remember(kept, teamId, key, result.value);
          return result;
        })
        .finally(() => inFlight.delete(flight));
      inFlight.set(flight, pending);
    }
    return pending;
  };
}
