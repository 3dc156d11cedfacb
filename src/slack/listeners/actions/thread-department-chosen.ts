import { z } from 'zod';
import { mapTranslator, translator } from '../../../i18n/index.ts';
import { DEPARTMENTS } from '../../../journey/model.ts';
import type { Deps } from '../../deps.ts';
import { friendlyError } from '../../flows/friendly-error.ts';
import { refreshMapCard } from '../../flows/map-card.ts';
import { parseActionValue } from '../../views/interview.ts';
import { departmentThanks } from '../../views/thread-department.ts';
import { type BlockActionArgs, parseButtonClick } from './button-payload.ts';

/**
 * A thread author names their department: saved on the person, so every map folds their input under it,
 * including what they added before answering. The private question turns into a thank-you.
 */
export function threadDepartmentChosen(deps: Deps) {
  return async ({ ack, body, client, context, respond }: BlockActionArgs): Promise<void> => {
    await ack();
    const click = parseButtonClick(body, context.teamId);
    const { mapId, value } = parseActionValue(click?.value ?? '');
    const department = z.enum(DEPARTMENTS).safeParse(value);
    if (!click || !department.success) {
      deps.log.warn({}, 'department choice payload rejected');
      return;
    }
    const { teamId, userId } = click;
    // The question was asked in its map's language; the thanks and any failure answer in it too.
    const map = await deps.store.maps.get(teamId, mapId).catch(() => undefined);
    const t = map ? mapTranslator(map) : translator(undefined);
    try {
      await deps.store.people.save({ teamId, userId, department: department.data });
    } catch (err) {
      deps.log.error({ err, userId }, 'department not saved');
      const text = await friendlyError(deps, t, err);
      await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
      return;
    }
    deps.log.info({ userId, department: department.data }, 'department saved from thread');
    await respond({ replace_original: true, ...departmentThanks(t, department.data) }).catch((err: unknown) => {
      deps.log.warn({ err, userId }, 'department thanks not shown');
    });
    if (map) await refreshMapCard(deps, client, map);
  };
}
