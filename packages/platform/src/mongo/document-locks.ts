import type { Collection } from "mongodb";
import { AppError } from "../errors/app-error";
import { batchedDeletesFrom, batchedInsertsInto } from "./batched-writes";
import { isDuplicateKeyError } from "./duplicate-key";

/** Where a service's document locks live (in its own database); the relay and the repositories share it. */
export const DOCUMENT_LOCKS_COLLECTION = "document_locks";

interface LockDocument {
  _id: string;
  at: number;
}

/** What a critical section knows about the lock it runs under. */
export interface HeldLock {
  /**
   * Call right before each write: throws CONFLICT `busy` once the lock is close to lapsing
   * (a holder stalled that long may already share the document with the next one). Writes
   * under the lock filter by `_id` alone and rely on this fence instead of a compare-and-set
   * filter, which FerretDB v1 can't honour and answers with a scan of the collection (ADR 0043).
   */
  assertHeld(): void;
}

export interface DocumentLocksOptions {
  /** Length of a lock epoch. A critical section must finish well within it; a crashed holder's lock lapses after two. */
  epochMs?: number;
  /** How long to keep trying before answering CONFLICT `busy`. */
  waitMs?: number;
}

/**
 * Mutual exclusion per document, for read-modify-write on FerretDB v1. Its updates are not
 * atomic: `updateOne({_id, version: 1}, …)` reads, then writes in a second step, so two
 * concurrent compare-and-set updates BOTH succeed (measured: 30 of 30 races, ADR 0009).
 * The one atomic primitive is an insert against a unique `_id`, so a lock is an insert of
 * `<key>#<epoch>` (epoch = time / epochMs), and a holder of the previous epoch's lock
 * still counts. No one ever deletes another's lock: a crashed holder's lock simply stops
 * counting after two epochs, so there is no takeover race.
 */
export class DocumentLocks {
  private readonly epochMs: number;
  private readonly waitMs: number;

  constructor(
    private readonly locks: Collection<LockDocument>,
    options: DocumentLocksOptions = {},
  ) {
    this.epochMs = options.epochMs ?? 10_000;
    this.waitMs = options.waitMs ?? 5_000;
  }

  static on(collection: Collection): DocumentLocks {
    return new DocumentLocks(collection as unknown as Collection<LockDocument>);
  }

  /** Runs `critical` while holding the lock for `key`; CONFLICT `busy` when it can't be had in time. */
  async withLock<T>(key: string, critical: (held: HeldLock) => Promise<T>): Promise<T> {
    const { lockId, epoch } = await this.acquire(key);
    // Nobody else may lock before the epoch after next; keep a fifth of an epoch as margin.
    const fence = (epoch + 2) * this.epochMs - this.epochMs / 5;
    try {
      return await critical({
        assertHeld: () => {
          if (Date.now() >= fence) {
            throw AppError.conflict("This record is busy; please try again", { reason: "busy" });
          }
        },
      });
    } finally {
      await this.release(lockId);
    }
  }

  /** Shared with the releases of concurrent holders: one commit for all (ADR 0043). */
  private release(lockId: string): Promise<void> {
    return batchedDeletesFrom(this.locks).deleteById(lockId);
  }

  private async acquire(key: string): Promise<{ lockId: string; epoch: number }> {
    const deadline = Date.now() + this.waitMs;
    for (let attempt = 0; ; attempt++) {
      const now = Date.now();
      const epoch = Math.floor(now / this.epochMs);
      const lockId = `${key}#${epoch}`;
      if (await this.tryInsert(lockId, now)) {
        // Someone who locked in the previous epoch may still be inside.
        const earlier = await this.locks.findOne({ _id: `${key}#${epoch - 1}` });
        if (!earlier) return { lockId, epoch };
        await this.release(lockId);
      }
      if (Date.now() > deadline) {
        throw AppError.conflict("This record is busy; please try again", { reason: "busy" });
      }
      await sleep(Math.min(2 ** attempt, 50) + Math.random() * 5);
    }
  }

  private async tryInsert(lockId: string, now: number): Promise<boolean> {
    try {
      await batchedInsertsInto(this.locks).insertOne({ _id: lockId, at: now });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

/** The lock key of an aggregate document: every writer of it (service and relay) uses this one. */
export function documentLockKey(collection: { collectionName: string }, id: string): string {
  return `${collection.collectionName}:${id}`;
}

/**
 * Deletes lock documents left by crashed holders (a finished holder deletes its own).
 * Only documents far older than any critical section: they no longer count anyway.
 */
export async function purgeAbandonedLocks(locks: Collection, olderThan: Date): Promise<number> {
  const result = await locks.deleteMany({ at: { $lt: olderThan.getTime() } });
  return result.deletedCount;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
