import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewResponseAction } from '@slack/bolt';
import { z } from 'zod';
import { mapTranslator, type Translator } from '../../../i18n/index.ts';
import { type StageAnswers, submitStage, type Transition } from '../../../interview/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import type { Deps } from '../../deps.ts';
import { friendlyError } from '../../flows/friendly-error.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { personTranslator } from '../../flows/users.ts';
import { STAGE_FIELDS } from '../../views/stage-modal.ts';
import { parseMetadata } from './view-payload.ts';

const text = z.object({ value: z.object({ value: z.string().nullish() }) }).optional();
const valuesSchema = z.object({
  [STAGE_FIELDS.goal]: text,
  [STAGE_FIELDS.action]: text,
  [STAGE_FIELDS.score]: z
    .object({ value: z.object({ selected_option: z.object({ value: z.string() }).nullish() }) })
    .optional(),
  [STAGE_FIELDS.thought]: text,
  [STAGE_FIELDS.touchpointIds]: z
    .object({ value: z.object({ selected_options: z.array(z.object({ value: z.string() })).nullish() }) })
    .optional(),
  [STAGE_FIELDS.otherTouchpoints]: text,
  [STAGE_FIELDS.obstacles]: text,
  [STAGE_FIELDS.ideas]: text,
});
const metadataSchema = z.object({ mapId: z.string().min(1), stageIndex: z.number().int().min(0) });

type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;
type StageAck = (response?: ViewResponseAction) => Promise<void>;

function answersOf(values: z.infer<typeof valuesSchema>): StageAnswers {
  const score = Number(values[STAGE_FIELDS.score]?.value.selected_option?.value);
  return {
    goal: values[STAGE_FIELDS.goal]?.value.value ?? undefined,
    action: values[STAGE_FIELDS.action]?.value.value ?? undefined,
    score: Number.isInteger(score) ? score : undefined,
    thought: values[STAGE_FIELDS.thought]?.value.value ?? undefined,
    touchpointIds: values[STAGE_FIELDS.touchpointIds]?.value.selected_options?.map((option) => option.value) ?? [],
    otherTouchpoints: values[STAGE_FIELDS.otherTouchpoints]?.value.value ?? undefined,
    obstacles: values[STAGE_FIELDS.obstacles]?.value.value ?? undefined,
    ideas: values[STAGE_FIELDS.ideas]?.value.value ?? undefined,
  };
}

/**
 * A stage form: invalid answers come back inline on their fields (nothing stored); valid ones become
 * contributions at once and the DM moves on to the next stage.
 */
export function stageSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const values = valuesSchema.safeParse(view.state?.values);
    const metadata = metadataSchema.safeParse(parseMetadata(view.private_metadata));
    const teamId = view.team_id || body.team?.id;
    // Until the map is read, the person's Slack language speaks.
    let map: JourneyMap | undefined;
    const language = async (): Promise<Translator> =>
      map ? mapTranslator(map) : personTranslator(deps, client, body.user.id);
    if (!values.success || !metadata.success || !teamId) {
      deps.log.warn({ valid: values.success, metadata: metadata.success }, 'stage form unreadable');
      await ack(formError((await language()).t('common.errors.unexpected')));
      return;
    }
    const answers = answersOf(values.data);
    const { mapId, stageIndex } = metadata.data;
    let acked = false;
    const ackOnce: StageAck = async (response) => {
      acked = true;
      await ack(response);
    };
    try {
      map = await deps.store.maps.get(teamId, mapId);
      if (!map) {
        await ackOnce(formError((await language()).t('interview.modal.mapGone')));
        return;
      }
      await runInterviewStep(
        deps,
        client,
        map,
        body.user.id,
        (session, ctx) => submitStage(session, stageIndex, answers, ctx),
        { beforeCommit: (transition) => rejectInvalid(ackOnce, transition), afterCommit: () => ackOnce() },
      );
    } catch (err) {
      deps.log.error({ err, mapId }, 'stage submission failed');
      // Before the ack the form is still open: say it there, and the person can simply submit again.
      if (!acked) await ack(formError(await friendlyError(deps, await language())));
    }
  };
}

/** An error about the whole form, shown on its one required text field. */
function formError(text: string): ViewResponseAction {
  return { response_action: 'errors', errors: { [STAGE_FIELDS.action]: text } };
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
      errors[STAGE_FIELDS[field as keyof StageAnswers]] = message;
    }
    await ack({ response_action: 'errors', errors });
    return false;
  }
  return true;
}
