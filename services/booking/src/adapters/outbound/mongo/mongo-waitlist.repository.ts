import {
  AppError,
  compareAndSet,
  type DocumentLocks,
  documentLockKey,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import type { RetentionSweep } from "../../../application/ports/retention-sweep";
import type { WaitlistRepository } from "../../../application/ports/waitlist-repository.port";
import type { PersonalDataErasure, PersonLookup } from "../../../domain/privacy/personal-data-marks";
import { closedWaitlistStatuses } from "../../../domain/retention/retention-policy";
import { type WaitlistEntry, WaitlistEntrySchema } from "../../../domain/waitlist/waitlist-entry";
import {
  erasureUpdate,
  personFilter,
  retentionKindFilter,
  withoutPersonalDataMarks,
} from "./personal-data-filters";

export type WaitlistDocument = WaitlistEntry & { _id: string };

/**
 * The waitlist in MongoDB: one small document per person waiting, carrying its own outbox
 * (the offer event is written with the offer). Lists are collection scans on FerretDB;
 * a service's waitlist is short (tens of people), so that is fine.
 */
export class MongoWaitlistRepository implements WaitlistRepository {
  constructor(
    private readonly entries: Collection<WaitlistDocument>,
    private readonly locks: DocumentLocks,
  ) {}

  async insert(entry: WaitlistEntry): Promise<void> {
    try {
      await this.entries.insertOne({ _id: entry.entryId, ...entry, ...initialOutbox([]) });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw AppError.conflict("This person is already on the waitlist", {
          reason: "waitlist_entry_exists",
        });
      throw error;
    }
  }

  async findById(entryId: string): Promise<WaitlistEntry | null> {
    const document = await this.entries.findOne({ _id: entryId });
    return document ? WaitlistEntrySchema.parse(document) : null;
  }

  async waitingFor(serviceId: string): Promise<WaitlistEntry[]> {
    return this.list({ serviceId, status: "waiting" });
  }

  async openFor(serviceId: string): Promise<WaitlistEntry[]> {
    return this.list({ serviceId, status: { $in: ["waiting", "offered"] } });
  }

  async update(entry: WaitlistEntry, expectedVersion: number, events: OutboxEntry[]): Promise<void> {
    const { version: _ignored, ...fields } = withoutPersonalDataMarks(entry);
    const updated = await compareAndSet(
      this.locks,
      this.entries,
      entry.entryId,
      { version: expectedVersion },
      { $set: { ...fields, version: expectedVersion + 1 } },
      events,
    );
    if (!updated) {
      throw AppError.conflict("The waitlist entry was changed meanwhile; please reload", {
        reason: "concurrent_change",
      });
    }
  }

  async findOfPerson(person: PersonLookup): Promise<WaitlistEntry[]> {
    const filter = personFilter(person, "client.clientId");
    return filter ? this.list(filter) : [];
  }

  async findDueForRetention(sweep: RetentionSweep): Promise<WaitlistEntry[]> {
    const documents = await this.entries
      .find({
        ...retentionKindFilter(sweep, "serviceKind"),
        status: { $in: [...closedWaitlistStatuses] },
        closedAt: { $lt: sweep.finishedBefore },
      })
      .sort({ closedAt: 1 })
      .limit(sweep.limit)
      .toArray();
    return documents.map((document) => WaitlistEntrySchema.parse(document));
  }

  async markPersonalDataErased(entryId: string, erasure: PersonalDataErasure): Promise<void> {
    await this.locks.withLock(documentLockKey(this.entries, entryId), () =>
      this.entries.updateOne({ _id: entryId }, erasureUpdate(erasure)),
    );
  }

  private async list(filter: Record<string, unknown>): Promise<WaitlistEntry[]> {
    const documents = await this.entries.find(filter).sort({ joinedAt: 1 }).toArray();
    return documents.map((document) => WaitlistEntrySchema.parse(document));
  }
}
