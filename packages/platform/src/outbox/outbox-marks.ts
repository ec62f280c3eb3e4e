import type { Collection, Db } from "mongodb";
import { batchedInsertsInto } from "../mongo/batched-writes";
import { isDuplicateKeyError } from "../mongo/duplicate-key";
import type { OutboxEntry } from "./outbox-fields";

/** Beside the aggregates, in the same database: which documents have events waiting. */
export const OUTBOX_MARKS_COLLECTION = "outbox_pending";

/** Any aggregate collection, whatever its document type: the marks need only its name and database. */
export interface AggregateCollection {
  readonly db: Db;
  readonly collectionName: string;
}

export interface OutboxMarkDocument {
  /** `<collection>:<document id>`: one mark per waiting document, however many events. */
  _id: string;
  collection: string;
  documentId: string;
  at: Date;
}

/**
 * Where the relay looks for work. The events themselves stay in the aggregate (ADR 3); the
 * mark only points at it, so the relay reads a handful of small marks instead of scanning
 * every aggregate for `outboxPending` (a scan of the whole collection on FerretDB v1, which
 * was most of notify's latency, ADR 0043). A lost mark delays an event until the relay's
 * sweep, never loses it: the aggregate's `outboxPending` stays the truth.
 */
export function outboxMarksOf(aggregates: AggregateCollection): Collection<OutboxMarkDocument> {
  return aggregates.db.collection<OutboxMarkDocument>(OUTBOX_MARKS_COLLECTION);
}

export function outboxMarkId(aggregates: { collectionName: string }, documentId: string): string {
  return `${aggregates.collectionName}:${documentId}`;
}

/**
 * Runs a write that appends `entries` to the document `documentId`, with its mark written
 * at the same time (no extra round trip on the caller's path). Updates call it under the
 * document's lock, so the relay, which clears marks under that lock, sees both or neither.
 */
export async function writeWithOutboxMark<T>(
  aggregates: AggregateCollection,
  documentId: string,
  entries: readonly OutboxEntry[],
  write: () => Promise<T>,
): Promise<T> {
  if (entries.length === 0) return write();
  // The write stands even when its mark failed (the database went away in between, say):
  // failing the caller would make it undo a write that happened. The sweep finds the events.
  const [, written] = await Promise.allSettled([markPending(aggregates, documentId), write()]);
  if (written.status === "rejected") throw written.reason;
  return written.value;
}

async function markPending(aggregates: AggregateCollection, documentId: string): Promise<void> {
  try {
    await batchedInsertsInto(outboxMarksOf(aggregates)).insertOne({
      _id: outboxMarkId(aggregates, documentId),
      collection: aggregates.collectionName,
      documentId,
      at: new Date(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // marked already: one mark serves all its events
  }
}
