import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewResponseAction } from '@slack/bolt';
import { z } from 'zod';
import { isDomainError } from '../../../errors.ts';
import {
  defaultMapLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
  type Translator,
  translator,
} from '../../../i18n/index.ts';
import { type DraftField, type MapDraft, validateDraft } from '../../../journey/draft.ts';
import { defaultStageNames, type JourneyMap, MAP_TYPES } from '../../../journey/model.ts';
import { createStages, parseStageList } from '../../../journey/stages.ts';
import { isReplay, requestIds } from '../../delivery.ts';
import type { Deps, SlackClient } from '../../deps.ts';
import { archiveMap } from '../../flows/archive-map.ts';
import { type ChannelRoom, channelRoom } from '../../flows/channel-room.ts';
import { inviteStakeholders } from '../../flows/invitations.ts';
import { loadJourney } from '../../flows/journey-view.ts';
import { postMapCard, refreshMapCard } from '../../flows/map-card.ts';
import { languageTyped, personProfile } from '../../flows/users.ts';
import { NEW_MAP_FIELDS as F } from '../../ids.ts';
import { escapeMrkdwn, isUserId, mention } from '../../text.ts';
import { newMapModal } from '../../views/new-map-modal.ts';
import { mapCreatedNotice, mapNotPostedNotice } from '../../views/notices.ts';
import { parseMetadata, submittedTeamId } from './view-payload.ts';

const text = z.object({ value: z.string().nullish() }).transform((v) => v.value ?? '');
const selected = z.object({ selected_option: z.object({ value: z.string() }).nullish() });

const valuesSchema = z.object({
  [F.name]: z.object({ value: text }),
  [F.goal]: z.object({ value: text }),
  [F.personaName]: z.object({ value: text }),
  [F.personaDescription]: z.object({ value: text }).optional(),
  [F.stages]: z.object({ value: text }),
  [F.type]: z.object({ value: selected }),
  [F.language]: z.object({ value: selected }).optional(),
  [F.stakeholders]: z.object({ value: z.object({ selected_users: z.array(z.string()).nullish() }) }).optional(),
  [F.channel]: z.object({ value: z.object({ selected_conversation: z.string().nullish() }) }),
  [F.takeover]: z
    .object({ value: z.object({ selected_options: z.array(z.object({ value: z.string() })).nullish() }) })
    .optional(),
  [F.weekday]: z.object({ value: selected }),
  [F.hour]: z.object({ value: selected }),
});
type Values = z.infer<typeof valuesSchema>;

/** Modals opened before maps had a language carry only the channel: their form was English. */
const metadataSchema = z.object({
  channelId: z.string(),
  locale: z.string().max(20).optional(),
  modalLanguage: z.enum(LANGUAGES).default('en'),
  offeredMapId: z.string().max(64).optional(),
});
type Metadata = z.infer<typeof metadataSchema>;

const FIELD_BLOCKS: Record<DraftField, string> = {
  name: F.name,
  goal: F.goal,
  personaName: F.personaName,
  personaDescription: F.personaDescription,
  stages: F.stages,
};

type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;

function draftOf(v: Values): MapDraft {
  return {
    name: v[F.name].value.trim(),
    goal: v[F.goal].value.trim(),
    personaName: v[F.personaName].value.trim(),
    personaDescription: (v[F.personaDescription]?.value ?? '').trim(),
    stagesText: v[F.stages].value,
    type: z.enum(MAP_TYPES).catch('current_state').parse(v[F.type].value.selected_option?.value),
  };
}

/** Inline errors per input block, in the form's language; empty when the map can be created. */
function formErrors(draft: MapDraft, channelId: string | null | undefined, t: Translator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, problem] of Object.entries(validateDraft(draft))) {
    errors[FIELD_BLOCKS[field as DraftField]] = t.t(problem.key, problem.values);
  }
  if (!channelId) errors[F.channel] = t.t('newMap.errors.channelMissing');
  return errors;
}

/** Whether the stages are the default list the form opened with, untouched. */
function untouchedStages(draft: MapDraft, metadata: Metadata): boolean {
  const names = parseStageList(draft.stagesText);
  const offered = defaultStageNames(translator(metadata.modalLanguage));
  return names.length === offered.length && names.every((name, index) => name === offered[index]);
}

/**
 * The person's choice, else the language of what they typed (the stages too, once they changed them), else their
 * Slack locale, else English.
 */
function mapLanguage(v: Values, draft: MapDraft, metadata: Metadata): Language {
  const chosen = v[F.language]?.value.selected_option?.value;
  if (isLanguage(chosen)) return chosen;
  const typed = [draft.name, draft.goal, draft.personaName, draft.personaDescription];
  if (!untouchedStages(draft, metadata)) typed.push(draft.stagesText);
  return defaultMapLanguage(typed, metadata.locale);
}

interface MapPlace {
  teamId: string;
  ownerId: string;
  channelId: string;
}

/** The map the form describes; untouched default stages become the defaults of the map's language. */
function mapOf(deps: Deps, v: Values, metadata: Metadata, place: MapPlace): JourneyMap {
  const draft = draftOf(v);
  const language = mapLanguage(v, draft, metadata);
  const stages = untouchedStages(draft, metadata)
    ? defaultStageNames(translator(language))
    : parseStageList(draft.stagesText);
  return {
    // The same id on a replay of this request: the map it created before a crash is found, not made twice.
    id: requestIds(deps.newId)(),
    ...place,
    name: draft.name,
    goal: draft.goal,
    persona: { name: draft.personaName, description: draft.personaDescription },
    stages: createStages(stages),
    type: draft.type,
    language,
    stakeholderIds: [...new Set(v[F.stakeholders]?.value.selected_users ?? [])].filter(isUserId).slice(0, 100),
    digest: {
      weekday: Number(v[F.weekday].value.selected_option?.value ?? 1),
      hour: Number(v[F.hour].value.selected_option?.value ?? 9),
      timeZone: 'UTC',
    },
    createdAt: deps.now().toISOString(),
  };
}

function nameRefusal(t: Translator) {
  return { response_action: 'errors' as const, errors: { [F.name]: t.t('newMap.errors.nameTaken') } };
}

/** Saves the map; on failure, the inline error to show on the form instead (in the form's language). */
async function createMap(deps: Deps, map: JourneyMap, t: Translator): Promise<Record<string, string> | undefined> {
  try {
    await deps.store.maps.create(map);
    return undefined;
  } catch (error) {
    if (isDomainError(error, 'map_name_taken')) return nameRefusal(t).errors;
    deps.log.error({ err: error, teamId: map.teamId }, 'map creation failed');
    return { [F.name]: t.t('newMap.errors.saveFailed') };
  }
}

interface Submission {
  values: Values;
  metadata: Metadata;
  teamId: string;
  userId: string;
  channelId: string;
  t: Translator;
}

/** The form's answer when the channel has a live map: ask to archive it, or say why it cannot go there. */
function roomAnswer(room: ChannelRoom, form: Submission): ViewResponseAction | undefined {
  if (room.kind === 'free' || room.kind === 'replace') return undefined;
  const { t, metadata, channelId } = form;
  const occupant = { mapId: room.occupant.id, mapName: room.occupant.name };
  if (room.kind === 'ask') {
    const input = { name: '', channelId: metadata.channelId, t, language: undefined, locale: metadata.locale };
    return { response_action: 'update', view: newMapModal(input, occupant) };
  }
  const values = {
    channel: channelId,
    oldName: escapeMrkdwn(room.occupant.name),
    owner: mention(room.occupant.ownerId),
  };
  const key = room.kind === 'notYours' ? 'newMap.errors.channelTakenNotYours' : 'newMap.errors.channelTaken';
  return { response_action: 'errors', errors: { [F.channel]: t.t(key, values) } };
}

/** Creates the map, archiving the one it replaces; the ack's answer when it cannot. */
async function createInRoom(deps: Deps, client: SlackClient, form: Submission, map: JourneyMap) {
  const room = await channelRoom(deps, client, {
    teamId: form.teamId,
    channelId: form.channelId,
    userId: form.userId,
    offeredMapId: form.metadata.offeredMapId,
    consentedMapId: form.values[F.takeover]?.value.selected_options?.[0]?.value,
  });
  // A taken name is the form's first problem: asking about the channel first would only ask twice.
  if (room.kind !== 'free' && room.kind !== 'replace' && (await deps.store.maps.find(form.teamId, map.name))) {
    return { refusal: nameRefusal(form.t) };
  }
  const refusal = roomAnswer(room, form);
  if (refusal) return { refusal };
  const failed = await createMap(deps, map, form.t);
  if (failed) return { refusal: { response_action: 'errors', errors: failed } as ViewResponseAction };
  const replaced = room.kind === 'replace' ? await archiveMap(deps, room.occupant) : undefined;
  return { replaced };
}

/** The submission as read, or the answer to give when it cannot be read or has field errors. */
function readSubmission(
  body: Args['body'],
  view: Args['view'],
): Submission | { refusal: ViewResponseAction; unreadable?: boolean } {
  const values = valuesSchema.safeParse(view.state?.values);
  const metadata = metadataSchema.safeParse(parseMetadata(view.private_metadata));
  const teamId = submittedTeamId(view.team_id, body.team?.id);
  if (!values.success || !metadata.success || !teamId) {
    const t = translator(metadata.data?.modalLanguage);
    const errors = { [F.name]: t.t('newMap.errors.unreadable') };
    return { refusal: { response_action: 'errors', errors }, unreadable: true };
  }
  const t = translator(metadata.data.modalLanguage);
  const channelId = values.data[F.channel].value.selected_conversation;
  const errors = formErrors(draftOf(values.data), channelId, t);
  if (Object.keys(errors).length > 0 || !channelId) return { refusal: { response_action: 'errors', errors } };
  return { values: values.data, metadata: metadata.data, teamId, userId: body.user.id, channelId, t };
}

export function newMapSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const form = readSubmission(body, view);
    if ('refusal' in form) {
      if (form.unreadable) deps.log.warn({ callbackId: view.callback_id }, 'new map submission unreadable');
      await ack(form.refusal);
      return;
    }
    const place = { teamId: form.teamId, ownerId: form.userId, channelId: form.channelId };
    const map = mapOf(deps, form.values, form.metadata, place);
    const made = isReplay() ? await deps.store.maps.get(map.teamId, map.id) : undefined;
    if (made) return finishReplayedCreation(deps, client, made);
    const created = await createInRoom(deps, client, form, map);
    if ('refusal' in created) {
      await ack(created.refusal);
      return;
    }
    await ack();
    deps.log.info({ mapId: map.id, teamId: map.teamId, language: map.language }, 'map created');
    await deps.followUps.run(async () => {
      if (created.replaced) await refreshMapCard(deps, client, created.replaced);
      await announceMap(deps, client, map);
      await languageTyped(deps, { teamId: map.teamId, userId: map.ownerId }, typedWords(map));
    });
  };
}

/** What the owner wrote into the form, which tells the language they work in (the chosen one need not be). */
const typedWords = (map: JourneyMap) => [map.name, map.goal, map.persona.name, map.persona.description].join('\n');

/**
 * The request created the map before its process died: what followed is done again (at least once) from where
 * the stored map says it stopped. Its room was checked, and the map it replaced archived, on the first run.
 */
async function finishReplayedCreation(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  deps.log.info({ mapId: map.id, teamId: map.teamId }, 'map creation replayed');
  await deps.followUps.run(async () => {
    if (map.cardTs) await inviteStakeholders(deps, client, map);
    else await announceMap(deps, client, map);
  });
}

/** After the modal closes: the card in the channel, a word to the owner, invitations to the stakeholders. */
async function announceMap(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  map.digest.timeZone = (await personProfile(deps, client, map.ownerId)).timeZone;
  const { view: journey } = await loadJourney(deps, map);
  const cardTs = await postMapCard(deps, client, map, journey).catch((err: unknown) => {
    deps.log.error({ err, mapId: map.id }, 'map card post failed');
    return undefined;
  });
  if (cardTs) map.cardTs = cardTs;
  await deps.store.maps.save(map);
  const notice = cardTs ? mapCreatedNotice(map) : mapNotPostedNotice(map);
  await client.chat.postEphemeral({ channel: map.channelId, user: map.ownerId, ...notice }).catch(async () => {
    const dm = await client.conversations.open({ users: map.ownerId });
    if (dm.channel?.id) await client.chat.postMessage({ channel: dm.channel.id, ...notice });
  });
  await inviteStakeholders(deps, client, map);
}
