import type { EventEnvelope } from "@counselling/contracts";
import type { Document, UpdateFilter } from "mongodb";
import { Schema } from "mongoose";
import { currentTraceCarrier, type TraceCarrier } from "../tracing/trace-carrier";

/**
 * The transactional outbox lives INSIDE each aggregate document (the test
 * database has no multi-document transactions): a state change and the events
 * it causes are one single-document write. See docs/adr/0003-single-document-outbox.md.
 */
export interface OutboxEntry {
  /** Base topic name (without the deployment's prefix). */
  topic: string;
  envelope: EventEnvelope;
  /**
   * The trace the event was caused in (W3C), captured when the entry is written and sent
   * by the relay as Kafka headers. Beside the envelope, not in it: the contracts stay
   * free of transport concerns.
   */
  trace?: TraceCarrier;
}

/** Entries stamped with the active trace context (unless they carry one already). */
export function tracedEntries(entries: OutboxEntry[]): OutboxEntry[] {
  const trace = currentTraceCarrier();
  if (!trace) return entries;
  return entries.map((entry) => (entry.trace ? entry : { ...entry, trace }));
}

export interface OutboxFields {
  outbox: OutboxEntry[];
  /** Raised by every write that appends events; the relay's compare-and-set guard. */
  outboxRevision: number;
  /**
   * 1 while events wait, else 0. A number, not a boolean: FerretDB pushes
   * equality filters on strings and numbers down to SQLite but filters booleans
   * in Go after reading every document (measured: 73 ms vs 1.6 ms at 5,000 docs).
   */
  outboxPending: 0 | 1;
}

/** Mongoose schema paths to spread into an aggregate's schema definition. */
export const outboxSchemaPaths = {
  outbox: { type: [Schema.Types.Mixed], default: [] },
  outboxRevision: { type: Number, default: 0 },
  outboxPending: { type: Number, default: 0, index: true },
} as const;

/** Outbox fields of a newly inserted aggregate that already has events to publish. */
export function initialOutbox(entries: OutboxEntry[]): OutboxFields {
  return {
    outbox: tracedEntries(entries),
    outboxRevision: entries.length > 0 ? 1 : 0,
    outboxPending: entries.length > 0 ? 1 : 0,
  };
}

export type MongoUpdate = UpdateFilter<Document>;

interface OutboxUpdate {
  $set: Record<string, unknown>;
  $push: Record<string, unknown>;
  $inc: Record<string, number>;
}

/**
 * Adds "append these events to the outbox" to a domain update, so the state
 * change and its events are written by one atomic updateOne/findOneAndUpdate.
 */
export function withOutbox(update: MongoUpdate, entries: OutboxEntry[]): MongoUpdate {
  if (entries.length === 0) return update;
  const outboxUpdate: OutboxUpdate = {
    $set: { ...update.$set, outboxPending: 1 },
    $push: { ...update.$push, outbox: { $each: tracedEntries(entries) } },
    $inc: { ...update.$inc, outboxRevision: 1 },
  };
  return { ...update, ...outboxUpdate } as MongoUpdate;
}
