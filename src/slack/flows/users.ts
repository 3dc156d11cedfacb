import { isValidTimeZone } from '../../digest/schedule.ts';
import { languageOfSlackLocale, type Translator, translator } from '../../i18n/index.ts';
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

/** For what is not about one map (help, the list, errors before a map is known): the person's Slack language. */
export async function personTranslator(deps: Deps, client: SlackClient, userId: string): Promise<Translator> {
  const { locale } = await personProfile(deps, client, userId);
  return translator(languageOfSlackLocale(locale));
}

/** Opens (or finds) the DM with a person and returns its channel id. */
export async function directMessageChannel(client: SlackClient, userId: string): Promise<string> {
  const { channel } = await client.conversations.open({ users: userId });
  if (!channel?.id) throw new Error('conversations.open returned no channel');
  return channel.id;
}
