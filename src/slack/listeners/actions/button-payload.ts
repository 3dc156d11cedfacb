import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';

export type BlockActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const buttonSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  trigger_id: z.string().default(''),
  actions: z.array(z.object({ value: z.string().max(2000).optional() })).min(1),
});

export interface ButtonClick {
  userId: string;
  teamId: string;
  triggerId: string;
  /** The clicked button's value. */
  value: string;
}

/** The parts of a button click the handlers use; undefined when the payload is not one. */
export function parseButtonClick(body: unknown, fallbackTeamId?: string): ButtonClick | undefined {
  const parsed = buttonSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const teamId = parsed.data.team?.id ?? fallbackTeamId;
  const value = parsed.data.actions[0]?.value;
  if (!teamId || value === undefined) return undefined;
  return { userId: parsed.data.user.id, teamId, triggerId: parsed.data.trigger_id, value };
}
