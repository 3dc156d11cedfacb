import type { FakeUser } from '../slack-fake/workspace.ts';

/** A Slack profile with no status set. */
export const NO_STATUS: FakeUser['profile'] = { status_text: '', status_emoji: '', status_expiration: 0 };

/** The status of someone away on holiday, with no end set: reminders and nudges leave them alone. */
export const ON_VACATION: FakeUser['profile'] = {
  status_text: 'On vacation',
  status_emoji: ':palm_tree:',
  status_expiration: 0,
};

/** A person as users.info describes them: in UTC with no status, unless `fields` say otherwise. */
export function slackUser(realName: string, fields: Partial<FakeUser> = {}): FakeUser {
  return { tz: 'UTC', real_name: realName, profile: { ...NO_STATUS }, ...fields };
}
