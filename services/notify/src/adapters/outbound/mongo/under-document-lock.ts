import { AppError, isAppError, readCheckWrite as platformReadCheckWrite } from "@counselling/platform";

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
export const readCheckWrite: typeof platformReadCheckWrite = (locks, collection, id, decide) =>
  busyAsUnavailable(() => platformReadCheckWrite(locks, collection, id, decide));
