import { AppError, type DocumentLocks, documentLockKey, isAppError } from "@counselling/platform";
import type { Collection, Document } from "mongodb";

/**
 * Runs a read-check-write of one document under its document lock, the same lock the outbox
 * relay takes (docs/adr/0009, 0024). A lock still held after the wait (a crashed holder's
 * lock counts for up to two epochs) is reported as UNAVAILABLE, which consumers and jobs
 * retry, not as the platform's CONFLICT, which a consumer would dead-letter at once.
 */
export async function underDocumentLock<TDocument extends Document, T>(
  locks: DocumentLocks,
  collection: Collection<TDocument>,
  id: string,
  critical: () => Promise<T>,
): Promise<T> {
  try {
    return await locks.withLock(documentLockKey(collection, id), critical);
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
