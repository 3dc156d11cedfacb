import { DomainError } from '../errors.ts';
import type { MessageRef } from '../threads/record.ts';
import type { ClaimRequest } from './backend.ts';
import { keys } from './keys.ts';
import {
  DIRECT_MESSAGE_CLAIM_TTL_MS,
  EVENT_CLAIM_TTL_MS,
  FOREVER_MS,
  INTERVIEW_LOCK_TTL_MS,
  THREAD_DELIVERY_CLAIM_TTL_MS,
} from './retention.ts';
import { BackendRepository } from './text-records.ts';

function threadClaim(what: 'message' | 'edit' | 'delete', ref: MessageRef, version: string): ClaimRequest {
  const key = keys.threadDeliveryClaim(ref.teamId, what, ref.channelId, ref.ts, version);
  return { key, ttlMs: THREAD_DELIVERY_CLAIM_TTL_MS };
}

/**
 * "Only the first delivery handles this": Slack can deliver one message, edit or delete under several event ids
 * (and retry each), possibly to several instances. Each method is true for the first caller only.
 */
export class DeliveryClaimRepository extends BackendRepository {
  /** A reply in a map's thread, its edit (by the edit's `version` ts) or its delete. */
  claimThread(what: 'message' | 'edit' | 'delete', ref: MessageRef, version: string = ref.ts): Promise<boolean> {
    const { key, ttlMs } = threadClaim(what, ref, version);
    return this.backend.claim(key, ttlMs);
  }

  /**
   * A new reply in a map's thread as delivered under `eventId`: the event's claim (what the event dedupe takes
   * for other events), then the message's, in one round trip and in that order, as if taken one after the
   * other. 'retried' when the event was taken before (Slack retrying it), 'handled' when the message came
   * before under another event id.
   */
  async claimThreadMessage(ref: MessageRef, eventId?: string): Promise<'first' | 'retried' | 'handled'> {
    const message = threadClaim('message', ref, ref.ts);
    const event =
      eventId === undefined ? [] : [{ key: keys.eventClaim(ref.teamId, eventId), ttlMs: EVENT_CLAIM_TTL_MS }];
    const taken = await this.backend.claimInOrder([...event, message]);
    if (taken === event.length + 1) return 'first';
    return taken === 0 && eventId !== undefined ? 'retried' : 'handled';
  }

  /** A person's DM to the bot. */
  claimDirectMessage(ref: MessageRef): Promise<boolean> {
    return this.backend.claim(keys.directMessageClaim(ref.teamId, ref.channelId, ref.ts), DIRECT_MESSAGE_CLAIM_TTL_MS);
  }
}

/** An Events API delivery by its event_id, which Slack keeps across retries. */
export class EventClaimRepository extends BackendRepository {
  claim(teamId: string, eventId: string): Promise<boolean> {
    return this.backend.claim(keys.eventClaim(teamId, eventId), EVENT_CLAIM_TTL_MS);
  }
}

/** A thread author is asked for their department once, ever, by whichever instance gets there first. */
export class DepartmentQuestionRepository extends BackendRepository {
  claim(teamId: string, userId: string): Promise<boolean> {
    return this.backend.claim(keys.departmentQuestionClaim(teamId, userId), FOREVER_MS);
  }
}

/** One interview step at a time per person and map, across instances. */
export class InterviewLockRepository extends BackendRepository {
  /**
   * Runs `work` while holding a short lock every instance respects, waiting for it if someone else holds it.
   * The lock expires after `ttlMs` even if its holder dies, so a crash never blocks anyone for long. A request run
   * again after its process died (`outlastDeadHolder`) may meet the lock that process took and never gave back:
   * it waits the lock out instead of giving up first; nobody waits on it for an ack.
   */
  async withLock<T>(
    ref: { teamId: string; mapId: string; userId: string },
    work: () => Promise<T>,
    { outlastDeadHolder = false, ttlMs = INTERVIEW_LOCK_TTL_MS } = {},
  ): Promise<T> {
    const lock = keys.interviewLock(ref.teamId, ref.mapId, ref.userId);
    const deadline = Date.now() + (outlastDeadHolder ? ttlMs + LOCK_EXPIRY_MARGIN_MS : LOCK_WAIT_MS);
    let pause = 20;
    while (!(await this.backend.claim(lock, ttlMs))) {
      if (Date.now() > deadline) throw new DomainError('store_unavailable', `lock ${lock} is busy`);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 250);
    }
    try {
      return await work();
    } finally {
      await this.backend.release(lock);
    }
  }
}

/** How long a step waits for a lock a live holder has: one step takes milliseconds; 10 s means something is wrong. */
const LOCK_WAIT_MS = 10_000;
/** Past a lock's expiry, the time a waiter allows for clocks and the last retry. */
const LOCK_EXPIRY_MARGIN_MS = 1_000;
