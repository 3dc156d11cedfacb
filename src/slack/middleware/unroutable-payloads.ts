import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../deps.ts';

const firstAction = z.object({
  actions: z.tuple([z.object({ action_id: z.string(), block_id: z.string().optional() })], z.unknown()),
});
const view = z.object({ view: z.object({ callback_id: z.string() }) });

type Body = Record<string, unknown>;

/**
 * The parts Bolt's own listener matching reads, and trusts to be there, for the payloads it takes for actions
 * (any with `actions` that is no event, command or options request: Bolt looks no further) and views.
 */
function routedBy(body: Body): z.ZodType | undefined {
  if (body.type === 'view_submission' || body.type === 'view_closed') return view;
  const earlierKind = body.event !== undefined || body.command !== undefined || body.name !== undefined;
  if (!earlierKind && body.type !== 'block_suggestion' && body.actions !== undefined) return firstAction;
  return undefined;
}

/**
 * Bolt matches every action and view listener against a payload's action_id, block_id and callback_id without
 * checking their types, so one payload with a broken action throws in every listener at once. Such a payload
 * is acknowledged (it was delivered; there is nothing to do with it) and goes no further.
 */
export function dropUnroutablePayloads(deps: Deps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Body;
    const schema = routedBy(body);
    if (!schema || schema.safeParse(body).success) {
      await args.next();
      return;
    }
    deps.log.warn({ type: body.type }, 'payload Bolt cannot route dropped');
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
}
