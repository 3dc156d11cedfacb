import { mapTranslator } from '../../../../i18n/index.ts';
import { runInterviewStep, startOrReview } from '../../../flows/interview.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey interview [map]`: starts, resumes or reviews the caller's interview, in DM. */
export const interview: Subcommand = async ({ deps, client, command, rest, personLanguage, ack }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest, personLanguage);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  const mapName = escapeMrkdwn(map.name);
  const key = map.archivedAt ? 'interview.archived' : 'card.interview.checkDms';
  await ack({ response_type: 'ephemeral', text: mapTranslator(map).t(key, { mapName }) });
  if (!map.archivedAt) await runInterviewStep(deps, client, map, command.user_id, startOrReview);
};
