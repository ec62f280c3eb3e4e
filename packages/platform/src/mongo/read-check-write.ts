import type { Collection, Document, Filter, UpdateFilter, WithId } from "mongodb";
import { type OutboxEntry, withOutbox } from "../outbox/outbox-fields";
import { writeWithOutboxMark } from "../outbox/outbox-marks";
import { type DocumentLocks, documentLockKey } from "./document-locks";

/**
 * Writes the document that was read under its lock: by `_id` alone, behind the lock's fence,
 * with the events it causes appended to its outbox (and marked for the relay).
 */
export type LockedWrite<TDocument extends Document> = (
  update: UpdateFilter<TDocument>,
  events?: readonly OutboxEntry[],
) => Promise<void>;

/**
 * Read-check-write of one document under its document lock (the one the outbox relay takes):
 * read, decide on what was read, write by `_id`. The decision is made on the read; a
 * compare-and-set filter in the write would decide nothing the lock has not decided already,
 * and on FerretDB v1 any filter beyond `_id` costs a scan of the whole collection (ADR 0043).
 */
export function readCheckWrite<TDocument extends Document & { _id: string }, T>(
  locks: DocumentLocks,
  collection: Collection<TDocument>,
  id: string,
  decide: (current: WithId<TDocument> | null, write: LockedWrite<TDocument>) => Promise<T>,
): Promise<T> {
  const byId = { _id: id } as Filter<TDocument>;
  return locks.withLock(documentLockKey(collection, id), async (held) =>
    decide(await collection.findOne(byId), async (update, events = []) => {
      held.assertHeld();
      const withEvents = withOutbox(update as UpdateFilter<Document>, [...events]) as UpdateFilter<TDocument>;
      await writeWithOutboxMark(collection, id, events, () => collection.updateOne(byId, withEvents));
    }),
  );
}

/**
 * Optimistic concurrency: applies `update` (and appends `events`) only if the document still
 * has the `expected` top-level values (its version, say); false when it is gone or changed.
 */
export function compareAndSet<TDocument extends Document & { _id: string }>(
  locks: DocumentLocks,
  collection: Collection<TDocument>,
  id: string,
  expected: Partial<TDocument>,
  update: UpdateFilter<TDocument>,
  events: readonly OutboxEntry[] = [],
): Promise<boolean> {
  return readCheckWrite(locks, collection, id, async (current, write) => {
    if (!current) return false;
    const unchanged = Object.entries(expected).every(
      ([field, value]) => (current as Record<string, unknown>)[field] === value,
    );
    if (!unchanged) return false;
    await write(update, events);
    return true;
  });
}
