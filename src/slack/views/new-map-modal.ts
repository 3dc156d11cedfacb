import type { ModalView, View } from '@slack/types';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type Translator } from '../../i18n/index.ts';
import { defaultStageNames, MAP_TYPES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../journey/model.ts';
import { ACTIONS, NEW_MAP_FIELDS as F, VIEWS } from '../ids.ts';
import { clip, escapeMrkdwn } from '../text.ts';
import { actions, button, type MessageContent, message, mrkdwn, plainText, section } from './blocks.ts';

/** ISO weekdays, Monday first, as the digest schedule counts them. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The language select's value for "decide from what I type". */
export const AUTOMATIC_LANGUAGE = 'auto';

export interface NewMapModalInput {
  /** Name typed after `/journey new`, if any. */
  name: string;
  /** Where the command ran: the default channel for updates when it is a channel. */
  channelId: string;
  /** The modal's own language: the person's, or the one the typed name is written in. */
  t: Translator;
  /** The language preselected: the typed name's when there is one, else automatic. */
  language: Language | undefined;
  /** The person's Slack locale, kept for the submission, which decides an automatic language. */
  locale: string | undefined;
}

/** What the submission needs from the opening: the channel, the locale and the stages the form started with. */
export interface NewMapMetadata {
  channelId: string;
  locale?: string | undefined;
  modalLanguage: Language;
  /** The live map the form offered to archive (see ChannelOccupant). */
  offeredMapId?: string;
}

type InputBlock = Extract<View['blocks'][number], { type: 'input' }>;

function option(text: string, value: string) {
  return { text: plainText(text, 75), value };
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function textInput(
  blockId: string,
  label: string,
  options: { hint?: string; placeholder?: string; initial?: string; multiline?: boolean; max: number },
  optional = false,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    ...(optional ? { optional: true } : {}),
    label: plainText(label),
    ...(options.hint ? { hint: plainText(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      ...(options.multiline ? { multiline: true } : {}),
      max_length: options.max,
      ...(options.initial ? { initial_value: clip(options.initial, options.max) } : {}),
      ...(options.placeholder ? { placeholder: plainText(options.placeholder) } : {}),
    },
  };
}

function select(blockId: string, label: string, options: ReturnType<typeof option>[], initial: number, hint?: string) {
  return {
    type: 'input' as const,
    block_id: blockId,
    label: plainText(label),
    ...(hint ? { hint: plainText(hint) } : {}),
    element: { type: 'static_select' as const, action_id: 'value', options, initial_option: options[initial]! },
  };
}

function describingBlocks({ name, t }: NewMapModalInput, stages: string): InputBlock[] {
  return [
    textInput(F.name, t.t('newMap.modal.name'), {
      max: MAX_NAME_LENGTH,
      initial: name,
      placeholder: t.t('newMap.modal.namePlaceholder'),
    }),
    textInput(F.goal, t.t('newMap.modal.goal'), {
      max: MAX_TEXT_LENGTH,
      multiline: true,
      hint: t.t('newMap.modal.goalHint'),
      placeholder: t.t('newMap.modal.goalPlaceholder'),
    }),
    textInput(F.personaName, t.t('newMap.modal.persona'), {
      max: MAX_NAME_LENGTH,
      hint: t.t('newMap.modal.personaHint'),
      placeholder: t.t('newMap.modal.personaPlaceholder'),
    }),
    textInput(
      F.personaDescription,
      t.t('newMap.modal.personaDescription'),
      { max: 1000, multiline: true, placeholder: t.t('newMap.modal.personaDescriptionPlaceholder') },
      true,
    ),
    textInput(F.stages, t.t('newMap.modal.stages'), {
      max: 1000,
      multiline: true,
      hint: t.t('newMap.modal.stagesHint'),
      initial: stages,
    }),
  ];
}

function languageSelect({ t, language }: NewMapModalInput) {
  const options = [
    option(t.t('newMap.modal.languageAuto'), AUTOMATIC_LANGUAGE),
    ...LANGUAGES.map((code) => option(LANGUAGE_NAMES[code], code)),
  ];
  const initial = language ? 1 + LANGUAGES.indexOf(language) : 0;
  return select(F.language, t.t('newMap.modal.language'), options, initial, t.t('newMap.modal.languageHint'));
}

function settingBlocks(input: NewMapModalInput): View['blocks'] {
  const { t, channelId } = input;
  const types = MAP_TYPES.map((type) => option(t.t(`common.mapTypes.${type}`), type));
  const weekdays = WEEKDAYS.map((day) => option(t.t(`common.weekdays.day${day}`), String(day)));
  const hours = Array.from({ length: 24 }, (_, hour) => option(hourLabel(hour), String(hour)));
  const inChannel = /^[CG]/.test(channelId);
  return [
    select(F.type, t.t('newMap.modal.type'), types, 0),
    languageSelect(input),
    {
      type: 'input',
      block_id: F.stakeholders,
      optional: true,
      label: plainText(t.t('newMap.modal.stakeholders')),
      hint: plainText(t.t('newMap.modal.stakeholdersHint')),
      element: {
        type: 'multi_users_select',
        action_id: 'value',
        placeholder: plainText(t.t('newMap.modal.stakeholdersPlaceholder')),
      },
    },
    {
      type: 'input',
      block_id: F.channel,
      label: plainText(t.t('newMap.modal.channel')),
      hint: plainText(t.t('newMap.modal.channelHint')),
      element: {
        type: 'conversations_select',
        action_id: 'value',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(inChannel ? { initial_conversation: channelId } : {}),
      },
    },
    select(F.weekday, t.t('newMap.modal.weekday'), weekdays, 0),
    select(F.hour, t.t('newMap.modal.hour'), hours, 9),
  ];
}

/** How much of the old map's name the takeover line shows: the words around it take up to about 45 characters. */
const TAKEOVER_NAME_MAX = 24;

/** The live map in the channel the form chose, which the person may archive to make room for the new one. */
export interface ChannelOccupant {
  mapId: string;
  mapName: string;
}

/** Asks, under the channel field, whether to archive the map already there; nothing changes until it is ticked. */
function takeoverBlock(t: Translator, occupant: ChannelOccupant): InputBlock {
  // Slack allows 75 characters in an option: a long name is shortened to leave room for the rest of the line.
  const oldName = escapeMrkdwn(clip(occupant.mapName, TAKEOVER_NAME_MAX));
  const text = t.t('newMap.takeover.option', { oldName });
  return {
    type: 'input',
    block_id: F.takeover,
    optional: true,
    label: plainText(t.t('newMap.takeover.label')),
    hint: plainText(t.t('newMap.takeover.hint')),
    element: { type: 'checkboxes', action_id: 'value', options: [{ text: mrkdwn(text, 75), value: occupant.mapId }] },
  };
}

function formBlocks(input: NewMapModalInput, occupant: ChannelOccupant | undefined): View['blocks'] {
  const settings = settingBlocks(input);
  if (occupant) {
    const afterChannel = settings.findIndex((block) => block.block_id === F.channel) + 1;
    settings.splice(afterChannel, 0, takeoverBlock(input.t, occupant));
  }
  return [...describingBlocks(input, defaultStageNames(input.t).join('\n')), ...settings];
}

/**
 * The `/journey new` modal, in the person's language; what the submission needs travels in private_metadata.
 * Sent again with `occupant` when the chosen channel has a live map: Slack keeps what was typed, since every
 * input keeps its block and action ids.
 */
export function newMapModal(input: NewMapModalInput, occupant?: ChannelOccupant): ModalView {
  const { t } = input;
  const metadata: NewMapMetadata = {
    channelId: input.channelId,
    locale: input.locale,
    modalLanguage: t.language,
    offeredMapId: occupant?.mapId,
  };
  return {
    type: 'modal',
    callback_id: VIEWS.newMap,
    title: plainText(t.t('newMap.modal.title'), 24),
    submit: plainText(t.t('newMap.modal.submit'), 24),
    close: plainText(t.t('newMap.modal.close'), 24),
    private_metadata: JSON.stringify(metadata),
    blocks: formBlocks(input, occupant),
  };
}

/** The "New map" button again, when the form could not open; it carries the channel the command came from. */
export function newMapFormAgain(t: Translator, channelId: string): MessageContent {
  const text = t.t('newMap.formAgain');
  return message(text, [
    section(text),
    actions('map_new_again', button(t.t('card.home.newMap'), ACTIONS.newMap, channelId || 'new', 'primary')),
  ]);
}
