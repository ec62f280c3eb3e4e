import { randomUUID } from "node:crypto";
import { AppError, RelayLease } from "@counselling/platform";
import type { Collection } from "mongodb";

const WRITE_LEASE_KEY = "directory-write";
/** Far longer than a validation and a write take; only a dead saver holds it that long. */
const WRITE_LEASE_MS = 15_000;
const WRITE_LEASE_WAIT_MS = 5_000;
const WRITE_LEASE_POLL_MS = 25;

/**
 * Runs `work` while no other directory saver of the network runs, on any replica, so
 * that a check against the whole directory (ids unique across organisations) still
 * holds when the write lands. Without multi-document transactions, a lease does that.
 * CONFLICT "directory_busy" when the turn does not come within a few seconds.
 */
export async function withDirectoryWriteLease<T>(leases: Collection, work: () => Promise<T>): Promise<T> {
  const lease = new RelayLease(leases, `directory-saver-${randomUUID()}`, WRITE_LEASE_MS);
  const deadline = Date.now() + WRITE_LEASE_WAIT_MS;
  while (!(await lease.tryAcquire(WRITE_LEASE_KEY))) {
    if (Date.now() > deadline) {
      throw AppError.conflict("The directory is being saved by someone else; please try again", {
        reason: "directory_busy",
      });
    }
    await new Promise((resolve) => setTimeout(resolve, WRITE_LEASE_POLL_MS));
  }
  try {
    return await work();
  } finally {
    await lease.release(WRITE_LEASE_KEY);
  }
}
