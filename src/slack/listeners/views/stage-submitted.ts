import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewResponseAction } from '@slack/bolt';
import { z } from 'zod';
import { mapTranslator } from '../../../i18n/index.ts';
import { type Answers, submitStage, type Transition } from '../../../interview/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import type { Deps, SlackClient } from '../../deps.ts';
import { archivedMapNotice } from '../../flows/archived-map.ts';
import { friendlyError } from '../../flows/friendly-error.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { mayView } from '../../flows/map-access.ts';
import { personTranslator } from '../../flows/users.ts';
import { blockIdOf, readStageValues, wholeFormBlockId } from './stage-form.ts';
import { parseMetadata, submittedTeamId } from './view-payload.ts';

const metadataSchema = z.object({ mapId: z.string().min(1), stageIndex: z.number().int().min(0) });

type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;
type StageAck = (response?: ViewResponseAction) => Promise<void>;

interface StageForm {
  teamId: string;
  mapId: string;
  stageIndex: number;
  answers: Answers;
  /** The map, once read: an apology then speaks its language. */
  map?: JourneyMap | undefined;
}

function readStageForm(body: Args['body'], view: Args['view']): StageForm | undefined {
  const answers = readStageValues(view.state?.values);
  const metadata = metadataSchema.safeParse(parseMetadata(view.private_metadata));
  const teamId = submittedTeamId(view.team_id, body.team?.id);
  if (!answers || !metadata.success || !teamId) return undefined;
  return { teamId, ...metadata.data, answers };
}

/**
 * Stores the answers (or sends the form back with its errors, or says why the map takes none) and acks. Throws
 * before the ack only: the caller then apologises on the form, which the person can simply submit again.
 */
async function storeStage(deps: Deps, client: SlackClient, userId: string, form: StageForm, ack: StageAck) {
  const found = await deps.store.maps.get(form.teamId, form.mapId);
  const map = found && (await mayView(deps, client, found, userId)) ? found : undefined;
  form.map = map;
  if (!map)
    return ack(
      formError((await personTranslator(deps, client, { teamId: form.teamId, userId })).t('interview.modal.mapGone')),
    );
  if (map.archivedAt) return ack(formError(await archivedMapNotice(deps, client, map, userId)));
  await runInterviewStep(
    deps,
    client,
    map,
    userId,
    (session, ctx) => submitStage(session, form.stageIndex, form.answers, ctx),
    { beforeCommit: (transition) => rejectInvalid(ack, transition), afterCommit: () => ack() },
  );
}

/**
 * A stage form: invalid answers come back inline on their fields (nothing stored); valid ones become
 * contributions at once and the DM moves on to the next stage.
 */
export function stageSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const form = readStageForm(body, view);
    if (!form) {
      deps.log.warn({ callbackId: view.callback_id }, 'stage form unreadable');
      const person = { teamId: submittedTeamId(view.team_id, body.team?.id), userId: body.user.id };
      await ack(formError((await personTranslator(deps, client, person)).t('common.errors.unexpected')));
      return;
    }
    let acked = false;
    const ackOnce: StageAck = async (response) => {
      acked = true;
      await ack(response);
    };
    try {
      await storeStage(deps, client, body.user.id, form, ackOnce);
    } catch (err) {
      deps.log.error({ err, mapId: form.mapId }, 'stage submission failed');
      if (acked) return;
      const person = { teamId: form.teamId, userId: body.user.id };
      const t = form.map ? mapTranslator(form.map) : await personTranslator(deps, client, person);
      await ack(formError(await friendlyError(deps, t, err)));
    }
  };
}

/** An error about the whole form, shown on the answer it cannot do without. */
function formError(text: string): ViewResponseAction {
  return { response_action: 'errors', errors: { [wholeFormBlockId()]: text } };
}

/**
 * Field errors go back onto the form and nothing is stored. Valid answers close the form only once they are
 * stored, so a failed write leaves the form open with a "try again" instead of losing the answers.
 */
async function rejectInvalid(ack: StageAck, transition: Transition): Promise<boolean> {
  const { prompt } = transition;
  if (prompt.kind === 'invalid' && prompt.fieldErrors) {
    const errors: Record<string, string> = {};
    for (const [field, message] of Object.entries(prompt.fieldErrors)) {
      errors[blockIdOf(field) ?? wholeFormBlockId()] = message;
    }
    await ack({ response_action: 'errors', errors });
    return false;
  }
  return true;
}
