import type { JourneyMap } from '../../journey/model.ts';
import { ACTIONS } from '../ids.ts';
import { channelLink, escapeMrkdwn, mention } from '../text.ts';
import { actions, button, context, type MessageContent, message, section } from './blocks.ts';

export const MINUTES_PER_STAGE = 2;

/** The DM each stakeholder gets: who asks, why, how long, and a Start button (a modal needs a click). */
export function invitationMessage(map: JourneyMap): MessageContent {
  const minutes = map.stages.length * MINUTES_PER_STAGE;
  return message(`${mention(map.ownerId)} asked for your help with the journey map "${escapeMrkdwn(map.name)}"`, [
    section(
      `👋 ${mention(map.ownerId)} asked for your help with the journey map *${escapeMrkdwn(map.name)}*.\n` +
        `*Why:* ${escapeMrkdwn(map.goal)}\n` +
        `I'll ask a few short questions about how *${escapeMrkdwn(map.persona.name)}* moves through ` +
        `${map.stages.length} stages, one stage at a time: about ${MINUTES_PER_STAGE} minutes a stage ` +
        `(~${minutes} minutes). You can pause any time and pick up where you left off.`,
    ),
    actions('invitation_actions', button('Start', ACTIONS.startInterview, map.id, 'primary')),
    context(`Updates go to ${channelLink(map.channelId)}.`),
  ]);
}
