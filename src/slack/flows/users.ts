import { isValidTimeZone } from '../../digest/schedule.ts';
import { type Language, languageOfSlackLocale, languageOfText, type Translator, translator } from '../../i18n/index.ts';
import type { Deps, SlackClient } from '../deps.ts';
import type { PersonProfile } from '../person-profile.ts';

const UNKNOWN_PROFILE: PersonProfile = { timeZone: 'UTC', locale: undefined, isAdmin: false };

/**
 * One users.info (with the locale) per person every few minutes; a failed lookup answers UTC, no locale and no
 * admin rights, and is not cached, so the next request asks again.
 */
export async function personProfile(deps: Deps, client: SlackClient, userId: string): Promise<PersonProfile> {
  const cached = deps.profiles.get(userId, deps.now());
  if (cached) return cached;
  try {
    const { user } = await client.users.info({ user: userId, include_locale: true });
    const profile = {
      timeZone: user?.tz && isValidTimeZone(user.tz) ? user.tz : 'UTC',
      locale: user?.locale || undefined,
      isAdmin: user?.is_admin === true || user?.is_owner === true,
    };
    deps.profiles.set(userId, profile, deps.now());
    return profile;
  } catch (err) {
    deps.log.warn({ err, userId }, 'profile lookup failed');
    return UNKNOWN_PROFILE;
  }
}

/** Who a message that is about no one map is for; without a team (an unreadable payload) nothing is remembered. */
export interface Person {
  teamId: string | undefined;
  userId: string;
}

/**
 * For what is not about one map (help, the list, App Home, errors before a map is known): the language of what
 * the person just typed, else the one they last typed in to the bot, else `usual` (the language of their maps,
 * when the caller knows it), else their Slack locale's. Slack has no Greek locale: without the first three, a
 * Greek team would read English.
 */
export async function personTranslator(
  deps: Deps,
  client: SlackClient,
  person: Person,
  typed = '',
  usual?: Language,
): Promise<Translator> {
  const language = (await languageTyped(deps, person, typed)) ?? usual;
  if (language) return translator(language);
  const { locale } = await personProfile(deps, client, person.userId);
  return translator(languageOfSlackLocale(locale));
}

/**
 * The language of what the person just typed when its script tells (Greek letters, Chinese characters; Latin
 * says nothing), kept as the one they work in; else the one kept before; undefined when neither is known.
 */
export async function languageTyped(deps: Deps, person: Person, typed = ''): Promise<Language | undefined> {
  const remembered = await rememberedLanguage(deps, person);
  const written = languageOfText(typed, remembered);
  if (written && written !== remembered) await keepLanguage(deps, person, written);
  return written ?? remembered;
}

async function rememberedLanguage(deps: Deps, { teamId, userId }: Person): Promise<Language | undefined> {
  if (!teamId) return undefined;
  return deps.store.personLanguages.get(teamId, userId).catch((err: unknown) => {
    deps.log.warn({ err }, 'person language not read');
    return undefined;
  });
}

/** The language the person works in from now on; failing to keep it costs only the next answer's language. */
async function keepLanguage(deps: Deps, { teamId, userId }: Person, language: Language): Promise<void> {
  if (!teamId) return;
  await deps.store.personLanguages.set(teamId, userId, language).catch((err: unknown) => {
    deps.log.warn({ err }, 'person language not kept');
  });
}

/** Opens (or finds) the DM with a person and returns its channel id. */
export async function directMessageChannel(client: SlackClient, userId: string): Promise<string> {
  const { channel } = await client.conversations.open({ users: userId });
  if (!channel?.id) throw new Error('conversations.open returned no channel');
  return channel.id;
}
