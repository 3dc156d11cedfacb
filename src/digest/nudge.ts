/** The part of a Slack `users.info` profile that says whether someone is around. */
export interface StatusProfile {
  status_text?: string;
  status_emoji?: string;
  /** Unix seconds; 0 or absent means the status does not expire. */
  status_expiration?: number;
}

export interface NudgeInput {
  lastNudgedAt: string | null;
  now: Date;
  away: boolean;
  unfinished: boolean;
}

/**
 * A week less two hours: the digest that carries the nudge comes back 167 hours later across a
 * daylight-saving switch, and the scheduler's tick wanders by seconds; neither may skip a week.
 */
export const NUDGE_INTERVAL_MS = (7 * 24 - 2) * 60 * 60 * 1000;

const AWAY_EMOJI = new Set([
  'palm_tree',
  'desert_island',
  'beach_with_umbrella',
  'airplane',
  'airplane_departure',
  'airplane_arriving',
  'small_airplane',
  'face_with_thermometer',
  'thermometer',
  'face_with_head_bandage',
  'mask',
  'sneezing_face',
  'nauseated_face',
  'no_entry',
  'no_entry_sign',
]);

/** The same pictures typed straight into the status text. */
const AWAY_PICTOGRAPHS = /[🌴🏝🏖✈🛫🛬🛩🤒🌡🤕😷🤧🤢⛔🚫]/u;

/** Words people put in an away status, matched as whole words after `foldText` (case, accents, final sigma). */
const AWAY_WORDS = [
  'vacation',
  'vacationing',
  'vacay',
  'holiday',
  'holidays',
  'out of office',
  'out of the office',
  'ooo',
  'ooto',
  'pto',
  'sick',
  'off sick',
  'sick leave',
  'leave',
  'day off',
  'days off',
  // Greek: holidays, leave, out of office, sick (m./f.), public holiday
  'διακοπές',
  'άδεια',
  'εκτός γραφείου',
  'άρρωστος',
  'άρρωστη',
  'αργία',
];
const AWAY_WORD_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${AWAY_WORDS.map(foldText).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** Chinese has no spaces between words, so these match anywhere: leave, vacation, sick leave, out of office. */
const AWAY_CHINESE = /休假|请假|請假|度假|假期|病假|年假|不在办公室|不在辦公室/u;

/** True when the Slack status says the person is away (vacation, out of office, sick) and has not expired. */
export function isAway(profile: StatusProfile, now: Date): boolean {
  const expiration = profile.status_expiration ?? 0;
  if (expiration > 0 && expiration * 1000 <= now.getTime()) return false;
  // ":airplane::skin-tone-2:" names the emoji first.
  const [emoji = ''] = (profile.status_emoji ?? '')
    .toLowerCase()
    .split(':')
    .filter((name) => name.trim() !== '');
  if (AWAY_EMOJI.has(emoji.trim())) return true;
  const text = profile.status_text ?? '';
  return AWAY_PICTOGRAPHS.test(text) || AWAY_CHINESE.test(text) || AWAY_WORD_PATTERN.test(foldText(text));
}

/** At most one DM nudge a week to someone with an unfinished interview, and none while they are away. */
export function shouldNudge({ lastNudgedAt, now, away, unfinished }: NudgeInput): boolean {
  if (!unfinished || away) return false;
  return lastNudgedAt === null || now.getTime() - Date.parse(lastNudgedAt) >= NUDGE_INTERVAL_MS;
}

/** Lower case without accents and with single spaces, so "Out-of-Office" and "ΔΙΑΚΟΠΕΣ" match the word list. */
function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ς', 'σ')
    .replace(/[\s\-_/]+/g, ' ');
}
