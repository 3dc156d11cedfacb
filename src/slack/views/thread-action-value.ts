import { z } from 'zod';

/**
 * What a control on the bot's thread answer points at: the person's message (its ts), the reading the answer
 * showed (so a click on an answer that an edit has replaced does nothing), the item and the choice.
 * Short keys: option values may hold 150 characters.
 */
export interface ReplyAction {
  ts: string;
  version: string;
  index?: number;
  choice?: string;
}

const replyActionSchema = z.object({
  t: z.string().min(1),
  v: z.string().min(1),
  i: z.number().int().min(0).optional(),
  c: z.string().min(1).optional(),
});

export function replyActionValue({ ts, version, index, choice }: ReplyAction): string {
  return JSON.stringify({ t: ts, v: version, i: index, c: choice });
}

export function parseReplyAction(value: string): ReplyAction | undefined {
  try {
    const parsed = replyActionSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return undefined;
    const { t, v, i, c } = parsed.data;
    return { ts: t, version: v, index: i, choice: c };
  } catch {
    return undefined;
  }
}
