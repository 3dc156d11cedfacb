import { z } from 'zod';
import { keys } from './keys.ts';
import { BackendRepository } from './text-records.ts';

/** Which request an outbox entry holds: the workspace and the delivery's own id. */
export interface DeliveryRef {
  teamId: string;
  deliveryId: string;
}

const pendingDeliverySchema = z.object({
  teamId: z.string().min(1),
  deliveryId: z.string().min(1),
  /** When the request first arrived (ms since the epoch). */
  receivedAt: z.number(),
  /** The request as Slack sent it, parsed, without its verification token. */
  body: z.record(z.string(), z.unknown()),
});

export type PendingDelivery = z.infer<typeof pendingDeliverySchema>;

export interface TakenDelivery extends PendingDelivery {
  /** Times it was taken again after its first run. */
  attempts: number;
}

/**
 * Requests acknowledged to Slack whose work is not done yet: the truth the in-memory follow-up queue executes.
 * An entry is added before the ack, leased to the process working on it, and removed when the work is done;
 * an entry whose lease ran out (its process died) is taken again by whichever instance asks first.
 */
export class OutboxRepository extends BackendRepository {
  /** False when the entry is there already: the same delivery arrived again (Slack retrying it). */
  add(delivery: PendingDelivery, leaseUntil: number): Promise<boolean> {
    return this.backend.outbox.add(keyOf(delivery), JSON.stringify(delivery), leaseUntil);
  }

  renew(deliveries: readonly DeliveryRef[], leaseUntil: number): Promise<void> {
    return this.backend.outbox.renew(deliveries.map(keyOf), leaseUntil);
  }

  /**
   * Leases up to `limit` due entries to the caller. An entry that no longer reads as a delivery cannot be run by
   * anyone: it is buried and reported in `unreadable` instead.
   */
  async takeDue(
    now: number,
    leaseUntil: number,
    limit: number,
  ): Promise<{ due: TakenDelivery[]; unreadable: string[] }> {
    const taken = await this.backend.outbox.takeDue(now, leaseUntil, limit);
    const due: TakenDelivery[] = [];
    const unreadable: string[] = [];
    for (const entry of taken) {
      const parsed = pendingDeliverySchema.safeParse(safeJson(entry.value));
      if (parsed.success) due.push({ ...parsed.data, attempts: entry.attempts });
      else unreadable.push(entry.key);
    }
    for (const key of unreadable) await this.backend.outbox.bury(key);
    return { due, unreadable };
  }

  remove(delivery: DeliveryRef): Promise<void> {
    return this.backend.outbox.remove(keyOf(delivery));
  }

  /** Gives up on an entry: kept aside for an operator, never run again. */
  bury(delivery: DeliveryRef): Promise<void> {
    return this.backend.outbox.bury(keyOf(delivery));
  }

  /** The team's entries, buried ones included, oldest key first. */
  async list(teamId: string): Promise<Array<{ deliveryId: string; attempts: number; dead: boolean }>> {
    const prefix = keys.outboxPrefix(teamId);
    const entries = await this.backend.outbox.list(prefix);
    return entries.map(({ key, attempts, dead }) => ({ deliveryId: key.slice(prefix.length), attempts, dead }));
  }
}

const keyOf = (delivery: DeliveryRef) => keys.outboxEntry(delivery.teamId, delivery.deliveryId);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
