import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { isDomainError } from '../../../errors.ts';
import { type DraftField, type MapDraft, validateDraft } from '../../../journey/draft.ts';
import { type JourneyMap, MAP_TYPES } from '../../../journey/model.ts';
import { createStages, parseStageList } from '../../../journey/stages.ts';
import type { Deps, SlackClient } from '../../deps.ts';
import { inviteStakeholders } from '../../flows/invitations.ts';
import { loadJourney } from '../../flows/journey-view.ts';
import { postMapCard } from '../../flows/map-card.ts';
import { ownerTimeZone } from '../../flows/users.ts';
import { NEW_MAP_FIELDS as F } from '../../ids.ts';
import { isUserId } from '../../text.ts';
import { mapCreatedNotice, mapNotPostedNotice } from '../../views/notices.ts';
import { parseMetadata } from './view-payload.ts';

const text = z.object({ value: z.string().nullish() }).transform((v) => v.value ?? '');
const selected = z.object({ selected_option: z.object({ value: z.string() }).nullish() });

const valuesSchema = z.object({
  [F.name]: z.object({ value: text }),
  [F.goal]: z.object({ value: text }),
  [F.personaName]: z.object({ value: text }),
  [F.personaDescription]: z.object({ value: text }).optional(),
  [F.stages]: z.object({ value: text }),
  [F.type]: z.object({ value: selected }),
  [F.stakeholders]: z.object({ value: z.object({ selected_users: z.array(z.string()).nullish() }) }).optional(),
  [F.channel]: z.object({ value: z.object({ selected_conversation: z.string().nullish() }) }),
  [F.weekday]: z.object({ value: selected }),
  [F.hour]: z.object({ value: selected }),
});

const metadataSchema = z.object({ channelId: z.string() });

const FIELD_BLOCKS: Record<DraftField, string> = {
  name: F.name,
  goal: F.goal,
  personaName: F.personaName,
  personaDescription: F.personaDescription,
  stages: F.stages,
};

type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;

export function newMapSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const values = valuesSchema.safeParse(view.state?.values);
    const metadata = metadataSchema.safeParse(parseMetadata(view.private_metadata));
    const teamId = body.view.team_id || body.team?.id;
    if (!values.success || !metadata.success || !teamId) {
      deps.log.warn({ issues: values.error?.issues.length }, 'new map submission unreadable');
      await ack({
        response_action: 'errors',
        errors: { [F.name]: 'Something went wrong reading the form. Please try again.' },
      });
      return;
    }
    const v = values.data;
    const type = z.enum(MAP_TYPES).catch('current_state').parse(v[F.type].value.selected_option?.value);
    const draft: MapDraft = {
      name: v[F.name].value.trim(),
      goal: v[F.goal].value.trim(),
      personaName: v[F.personaName].value.trim(),
      personaDescription: (v[F.personaDescription]?.value ?? '').trim(),
      stagesText: v[F.stages].value,
      type,
    };
    const errors = validateDraft(draft);
    const channelId = v[F.channel].value.selected_conversation;
    const fieldErrors: Record<string, string> = {};
    for (const [field, message] of Object.entries(errors)) fieldErrors[FIELD_BLOCKS[field as DraftField]] = message;
    if (!channelId) fieldErrors[F.channel] = 'Pick the channel where the map card and updates should go.';
    if (Object.keys(fieldErrors).length > 0 || !channelId) {
      await ack({ response_action: 'errors', errors: fieldErrors });
      return;
    }

    const ownerId = body.user.id;
    const map: JourneyMap = {
      id: deps.newId(),
      teamId,
      name: draft.name,
      goal: draft.goal,
      persona: { name: draft.personaName, description: draft.personaDescription },
      stages: createStages(parseStageList(draft.stagesText)),
      type,
      ownerId,
      stakeholderIds: [...new Set(v[F.stakeholders]?.value.selected_users ?? [])].filter(isUserId).slice(0, 100),
      channelId,
      digest: {
        weekday: Number(v[F.weekday].value.selected_option?.value ?? 1),
        hour: Number(v[F.hour].value.selected_option?.value ?? 9),
        timeZone: 'UTC',
      },
      createdAt: deps.now().toISOString(),
    };
    try {
      await deps.store.maps.create(map);
    } catch (error) {
      if (isDomainError(error, 'map_name_taken')) {
        await ack({
          response_action: 'errors',
          errors: { [F.name]: 'This workspace already has a map with that name: pick another one.' },
        });
        return;
      }
      deps.log.error({ err: error, teamId }, 'map creation failed');
      await ack({
        response_action: 'errors',
        errors: { [F.name]: "I couldn't save the map just now. Please try again in a minute." },
      });
      return;
    }
    await ack();
    deps.log.info({ mapId: map.id, teamId, stages: map.stages.length }, 'map created');
    await deps.followUps.run(() => announceMap(deps, client, map, ownerId));
  };
}

/** After the modal closes: the card in the channel, a word to the owner, invitations to the stakeholders. */
async function announceMap(deps: Deps, client: SlackClient, map: JourneyMap, ownerId: string): Promise<void> {
  map.digest.timeZone = await ownerTimeZone(deps, client, ownerId);
  const { view: journey } = await loadJourney(deps, map);
  const cardTs = await postMapCard(deps, client, map, journey).catch((err: unknown) => {
    deps.log.error({ err, mapId: map.id }, 'map card post failed');
    return undefined;
  });
  if (cardTs) map.cardTs = cardTs;
  await deps.store.maps.save(map);
  const notice = cardTs ? mapCreatedNotice(map) : mapNotPostedNotice(map);
  await client.chat.postEphemeral({ channel: map.channelId, user: ownerId, ...notice }).catch(async () => {
    const dm = await client.conversations.open({ users: ownerId });
    if (dm.channel?.id) await client.chat.postMessage({ channel: dm.channel.id, ...notice });
  });
  await inviteStakeholders(deps, client, map);
}
