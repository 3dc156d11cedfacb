/** How long each kind of stored fact is kept, in one place, each with why. */

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Claims that must hold as long as what they guard (a map's name, "department asked once"): until a purge. */
export const FOREVER_MS = 100 * 365 * DAY_MS;

/** What an edit, a delete or an Undo of a thread reply needs; nobody edits a reply three months on. */
export const REPLY_RECORD_TTL_MS = 90 * DAY_MS;
/** A model answer asked for again after a month costs one call; a cache kept forever only grows. */
export const INSIGHT_CACHE_TTL_MS = 30 * DAY_MS;
/** An archived map asks nobody anything again: its interview drafts go, its contributions stay. */
export const ARCHIVED_SESSION_TTL_MS = 90 * DAY_MS;

/** Slack retries an event for about an hour; a claim that outlives that is enough. */
export const EVENT_CLAIM_TTL_MS = 2 * HOUR_MS;
/** A message, edit or delete can come again under other event ids; a week covers any late redelivery. */
export const THREAD_DELIVERY_CLAIM_TTL_MS = 7 * DAY_MS;
/** A DM delivered twice arrives within minutes; a day is plenty. */
export const DIRECT_MESSAGE_CLAIM_TTL_MS = DAY_MS;
/**
 * A weekly slot (digest, nudges) is claimed only against instances racing for the same week: a past slot is never
 * due again, as the last-digest record says which one was posted. A quarter is far longer than any race.
 */
export const SLOT_CLAIM_TTL_MS = 90 * DAY_MS;
/**
 * One interview step's lock: it expires even if its holder dies, so a crash never blocks a person for long (the
 * step's replay waits it out). A step is a few store commands, each cut off at 2 s: 6 s outlasts a slow one.
 */
export const INTERVIEW_LOCK_TTL_MS = 6_000;
