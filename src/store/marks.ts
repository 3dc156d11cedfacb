import { z } from 'zod';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { keys } from './keys.ts';
import { FOREVER_MS, INSIGHT_CACHE_TTL_MS, SLOT_CLAIM_TTL_MS } from './retention.ts';
import { TextRecordRepository, type UnreadableRecordError } from './text-records.ts';

/**
 * Small facts that outlive a process: "last posted at", "where a person's interview is", "claimed by one
 * instance". One repository per fact, so no caller builds a key or knows how long a fact is kept.
 */

/** Which map a person's next plain DM answers: the interview they touched last. */
export class ActiveInterviewRepository extends TextRecordRepository {
  get(teamId: string, userId: string): Promise<string | undefined> {
    return this.getText(keys.activeInterview(teamId, userId));
  }

  set(teamId: string, userId: string, mapId: string): Promise<void> {
    return this.setText(keys.activeInterview(teamId, userId), mapId);
  }
}

/**
 * The language a person last worked in with the bot (typed to it, or chose for a map they made), for what is not
 * about one map: help, the list, App Home, errors. Slack's own locale has no Greek, so it cannot tell.
 */
export class PersonLanguageRepository extends TextRecordRepository {
  async get(teamId: string, userId: string): Promise<Language | undefined> {
    const stored = await this.getText(keys.personLanguage(teamId, userId));
    return isLanguage(stored) ? stored : undefined;
  }

  set(teamId: string, userId: string, language: Language): Promise<void> {
    return this.setText(keys.personLanguage(teamId, userId), language);
  }
}

/** When a busy map should be quiet enough to summarise: the scheduler's tick reads it instead of the map. */
export class SettleNoteRepository extends TextRecordRepository {
  /** The ISO time to look again after, or undefined when nothing waits. */
  async get(teamId: string, mapId: string): Promise<string | undefined> {
    // An empty note is how a cleared one was stored before notes could be deleted.
    return (await this.getText(keys.settleNote(teamId, mapId))) || undefined;
  }

  set(teamId: string, mapId: string, checkAfter: string): Promise<void> {
    return this.setText(keys.settleNote(teamId, mapId), checkAfter);
  }

  async clear(teamId: string, mapId: string): Promise<void> {
    await this.backend.records.delete(keys.settleNote(teamId, mapId));
  }
}

/** What a stage looked like at its last summary, whoever asked for it. */
const summaryMarkSchema = z.object({
  at: z.iso.datetime(),
  /** Live contributions of the stage then. */
  count: z.number().int().min(0),
  /** Every stakeholder had answered the stage then. */
  everyone: z.boolean(),
});
export type SummaryMark = z.infer<typeof summaryMarkSchema>;

export class SummaryMarkRepository extends TextRecordRepository {
  /** The marks of several stages in one round trip, in their order; one that does not parse is its error. */
  getEach(
    teamId: string,
    mapId: string,
    stageIds: readonly string[],
  ): Promise<Array<SummaryMark | undefined | UnreadableRecordError>> {
    const markKeys = stageIds.map((stageId) => keys.summaryMark(teamId, mapId, stageId));
    return this.getJsonEach(markKeys, summaryMarkSchema);
  }

  save(teamId: string, mapId: string, stageId: string, mark: SummaryMark): Promise<void> {
    return this.setJson(keys.summaryMark(teamId, mapId, stageId), summaryMarkSchema, mark);
  }

  /** One instance of those that saw the same last summary (`afterAt`) posts the next one, for `ttlMs`. */
  claim(teamId: string, mapId: string, stageId: string, afterAt: string, ttlMs: number): Promise<boolean> {
    return this.backend.claim(keys.summaryClaim(teamId, mapId, stageId, afterAt), ttlMs);
  }
}

/** The last digest posted for a map: its slot, and when it was composed (the next digest's "since"). */
const lastDigestSchema = z.object({ slotKey: z.string().min(1), at: z.iso.datetime().nullable() });
export type LastDigest = z.infer<typeof lastDigestSchema>;

export class DigestMarkRepository extends TextRecordRepository {
  /** True for the one instance that posts the slot's digest. */
  claim(teamId: string, mapId: string, slotKey: string): Promise<boolean> {
    return this.backend.claim(keys.digestSlotClaim(teamId, mapId, slotKey), SLOT_CLAIM_TTL_MS);
  }

  /** UnreadableRecordError when the stored record does not parse. */
  getLast(teamId: string, mapId: string): Promise<LastDigest | undefined> {
    return this.getJson(keys.lastDigest(teamId, mapId), lastDigestSchema);
  }

  record(teamId: string, mapId: string, last: LastDigest): Promise<void> {
    return this.setJson(keys.lastDigest(teamId, mapId), lastDigestSchema, last);
  }
}

/** When a person was last nudged about a map (digest nudges and reminders share it), and one nudge per slot. */
export class NudgeMarkRepository extends TextRecordRepository {
  getLastAt(teamId: string, mapId: string, userId: string): Promise<string | undefined> {
    return this.getText(keys.nudgedAt(teamId, mapId, userId));
  }

  record(teamId: string, mapId: string, userId: string, at: Date): Promise<void> {
    return this.setText(keys.nudgedAt(teamId, mapId, userId), at.toISOString());
  }

  claim(teamId: string, mapId: string, userId: string, slotKey: string): Promise<boolean> {
    return this.backend.claim(keys.nudgeClaim(teamId, mapId, userId, slotKey), SLOT_CLAIM_TTL_MS);
  }
}

/**
 * Interview reminders, counted per quiet spell (`spell`: when the session last changed). Kept without expiry: the
 * count is what stops reminders after the last one, and a lost count would start them again.
 */
export class ReminderRepository extends TextRecordRepository {
  async getCount(teamId: string, mapId: string, userId: string, spell: string): Promise<number> {
    return Number((await this.getText(keys.reminderCount(teamId, mapId, userId, spell))) ?? 0);
  }

  setCount(teamId: string, mapId: string, userId: string, spell: string, count: number): Promise<void> {
    return this.setText(keys.reminderCount(teamId, mapId, userId, spell), String(count));
  }

  /** True for the one instance that sends reminder number `count` of the spell. */
  claim(teamId: string, mapId: string, userId: string, spell: string, count: number): Promise<boolean> {
    return this.backend.claim(keys.reminderClaim(teamId, mapId, userId, spell, count), FOREVER_MS);
  }
}

/** Model answers by the hash of what was asked, per workspace: they are made of that workspace's input. */
export class InsightCacheRepository extends TextRecordRepository {
  get(teamId: string, requestKey: string): Promise<string | undefined> {
    return this.getText(keys.insight(teamId, requestKey));
  }

  set(teamId: string, requestKey: string, value: string): Promise<void> {
    return this.setText(keys.insight(teamId, requestKey), value, INSIGHT_CACHE_TTL_MS);
  }
}
