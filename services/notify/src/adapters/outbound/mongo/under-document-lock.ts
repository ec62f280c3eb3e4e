import {
  AppError,
  type DocumentLocks,
  isAppError,
  type LockedWrite,
  readCheckWrite as platformReadCheckWrite,
} from "@counselling/platform";
import type { Collection, Document, WithId } from "mongodb";

/**
 * A lock still held after the wait (a crashed holder's lock counts for up to two epochs) is
 * reported as UNAVAILABLE, which consumers and jobs retry, not as the platform's CONFLICT,
 * which a consumer would dead-letter at once (docs/adr/0009, 0024).
 */
async function busyAsUnavailable<T>(locked: () => Promise<T>): Promise<T> {
  try {
    return await locked();
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT" && error.reason === "busy") {
      throw new AppError("UNAVAILABLE", "A record is busy; try again shortly", {
        reason: "busy",
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The platform's read-check-write (by `_id`, behind the lock's fence, ADR 0043) with the
 * same mapping of a busy lock to UNAVAILABLE.
 */
export function readCheckWrite<TDocument extends Document & { _id: string }, T>(
  locks: DocumentLocks,
  collection: Collection<TDocument>,
  id: string,
  decide: (current: WithId<TDocument> | null, write: LockedWrite<TDocument>) => Promise<T>,
): Promise<T> {
  return busyAsUnavailable(() => platformReadCheckWrite(locks, collection, id, decide));
}
