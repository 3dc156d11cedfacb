import { runInterviewStep, startOrReview } from '../../../flows/interview.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

/** `/journey interview [map]`: starts, resumes or reviews the caller's interview, in DM. */
export const interview: Subcommand = async ({ deps, client, command, rest, ack }) => {
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, rest);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  if (map.archivedAt) {
    await ack({
      response_type: 'ephemeral',
      text: `*${escapeMrkdwn(map.name)}* is archived, so it takes no new answers.`,
    });
    return;
  }
  await ack({
    response_type: 'ephemeral',
    text: `📬 Check your DMs: your interview for *${escapeMrkdwn(map.name)}* is there.`,
  });
  await runInterviewStep(deps, client, map, command.user_id, startOrReview);
};
