import { mapTranslator } from '../../i18n/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import { ACTIONS } from '../ids.ts';
import { channelLink, escapeMrkdwn, mention } from '../text.ts';
import { actions, button, context, type MessageContent, message, section } from './blocks.ts';

export const MINUTES_PER_STAGE = 2;

/** The DM each stakeholder gets, in the map's language: who asks, why, how long, and a Start button. */
export function invitationMessage(map: JourneyMap): MessageContent {
  const t = mapTranslator(map);
  const owner = mention(map.ownerId);
  const mapName = escapeMrkdwn(map.name);
  const values = {
    owner,
    mapName,
    goal: escapeMrkdwn(map.goal),
    personaName: escapeMrkdwn(map.persona.name),
    stageCount: map.stages.length,
    minutesPerStage: MINUTES_PER_STAGE,
    minutes: map.stages.length * MINUTES_PER_STAGE,
  };
  return message(t.t('interview.invitation.fallback', { owner, mapName }), [
    section(t.t('interview.invitation.text', values)),
    // A modal needs a click, so the interview starts from a button.
    actions('invitation_actions', button(t.t('interview.buttons.start'), ACTIONS.startInterview, map.id, 'primary')),
    context(t.t('interview.invitation.updates', { channel: channelLink(map.channelId) })),
  ]);
}
