import { mapTranslator } from '../../../../i18n/index.ts';
import { archivedMapNotice } from '../../../flows/archived-map.ts';
import { runInterviewStep, startOrReview } from '../../../flows/interview.ts';
import { escapeMrkdwn } from '../../../text.ts';
import { openMapOrExplain, type Subcommand } from './subcommand.ts';

/** `/journey interview [map]`: starts, resumes or reviews the caller's interview, in DM. */
export const interview: Subcommand = async (context) => {
  const { deps, client, command, rest, ack } = context;
  const map = await openMapOrExplain(context, rest);
  if (!map) return;
  const mapName = escapeMrkdwn(map.name);
  if (map.archivedAt) {
    await ack({ response_type: 'ephemeral', text: await archivedMapNotice(deps, client, map, command.user_id) });
    return;
  }
  await ack({ response_type: 'ephemeral', text: mapTranslator(map).t('card.interview.checkDms', { mapName }) });
  await runInterviewStep(deps, client, map, command.user_id, startOrReview);
};
