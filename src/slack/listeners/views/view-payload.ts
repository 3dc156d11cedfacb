import { z } from 'zod';

/** private_metadata as JSON; undefined when it is not (a forged or truncated view), never a throw before the ack. */
export function parseMetadata(text: string | undefined): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return undefined;
  }
}

const teamIdSchema = z.string().min(1);

/**
 * The workspace a view was submitted in: the view's team id, else the payload's. A forged payload can put anything
 * there, and a team id that is not text would fail deep in the store after the ack; undefined when neither is one.
 */
export function submittedTeamId(viewTeamId: unknown, payloadTeamId: unknown): string | undefined {
  const fromView = teamIdSchema.safeParse(viewTeamId);
  if (fromView.success) return fromView.data;
  const fromPayload = teamIdSchema.safeParse(payloadTeamId);
  return fromPayload.success ? fromPayload.data : undefined;
}
