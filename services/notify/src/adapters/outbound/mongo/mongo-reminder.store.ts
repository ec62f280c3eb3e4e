import { type DocumentLocks, isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import { type PlannedReminder } from "../../../domain/reminders/reminder-plan";
import {
  reminderIdOf,
  type ReminderRecord,
  type ReminderStore,
} from "../../../application/ports/reminder-store.port";
import { type LockedWrite } from "@counselling/platform";
import { readCheckWrite } from "./under-document-lock";

const NEVER_CLAIMED = new Date(0);
/** Due reminders looked at per query; claiming one of them takes its lock. */
const CANDIDATES = 20;
/** Queries per claim before giving up for this run (others were faster each time). */
const CLAIM_ROUNDS = 3;

/**
 * The persisted reminder schedule: one document per appointment and offset. FerretDB v1
 * can't compare-and-set (two `findOneAndUpdate` claims of one reminder both succeed,
 * docs/adr/0009), so every write reads, checks and writes (by `_id`, ADR 0043) under the
 * reminder's document lock: a claim is exclusive, and a plan of an older calendar sequence never overwrites
 * a newer one.
 */
export class MongoReminderStore implements ReminderStore {
  constructor(
    private readonly collection: Collection<ReminderRecord>,
    private readonly locks: DocumentLocks,
  ) {}

  async schedule(
    appointmentId: string,
    sequence: number,
    plan: PlannedReminder[],
    offsetsMinutes: readonly number[],
  ): Promise<void> {
    const now = new Date();
    for (const offsetMinutes of offsetsMinutes) {
      const planned = plan.find((reminder) => reminder.offsetMinutes === offsetMinutes);
      const reminder: ReminderRecord = {
        _id: reminderIdOf(appointmentId, offsetMinutes),
        appointmentId,
        offsetMinutes,
        sequence,
        dueAt: planned?.dueAt ?? now,
        active: planned ? 1 : 0,
        state: planned ? "scheduled" : "skipped",
        claimedBy: null,
        claimedUntil: NEVER_CLAIMED,
        updatedAt: now,
      };
      // A first plan is an insert (atomic on the unique `_id`, no lock needed); an offset with
      // nothing planned needs no document at all. Only replacing a plan takes the lock.
      if (planned ? await this.insertedFirst(reminder) : !(await this.exists(reminder._id))) continue;
      await this.locked(reminder._id, async (current, write) => {
        // The plan of this sequence or a later one stands (a redelivered or older event).
        if (current && current.sequence >= sequence) return;
        const { _id, ...fields } = reminder;
        await write({ $set: fields });
      });
    }
  }

  async cancel(appointmentId: string, sequence: number, offsetsMinutes: readonly number[]): Promise<void> {
    for (const offsetMinutes of offsetsMinutes) {
      const id = reminderIdOf(appointmentId, offsetMinutes);
      await this.locked(id, async (current, write) => {
        if (current?.active !== 1 || current.sequence > sequence) return;
        // The cancelling sequence is kept, so a redelivered older plan can't revive the reminder.
        await write({ $set: { active: 0, state: "cancelled", sequence, updatedAt: new Date() } });
      });
    }
  }

  async cancelAllOf(appointmentId: string): Promise<void> {
    const pending = await this.collection
      .find({ appointmentId, active: 1 }, { projection: { _id: 1 } })
      .toArray();
    for (const { _id } of pending) {
      await this.locked(_id, async (current, write) => {
        if (current?.active !== 1) return;
        await write({ $set: { active: 0, state: "cancelled", updatedAt: new Date() } });
      });
    }
  }

  async claimDue(now: Date, owner: string, until: Date): Promise<ReminderRecord | null> {
    for (let round = 0; round < CLAIM_ROUNDS; round++) {
      const candidates = await this.collection
        .find({ active: 1, dueAt: { $lte: now }, claimedUntil: { $lt: now } }, { projection: { _id: 1 } })
        .sort({ dueAt: 1 })
        .limit(CANDIDATES)
        .toArray();
      if (candidates.length === 0) return null;
      for (const { _id } of candidates) {
        const claimed = await this.locked(_id, async (current, write) => {
          // Re-checked under the lock: another replica may have claimed, or an event moved it.
          if (!current || current.active !== 1 || current.dueAt > now || current.claimedUntil >= now) {
            return null;
          }
          await write({ $set: { claimedBy: owner, claimedUntil: until } });
          return { ...current, claimedBy: owner, claimedUntil: until };
        });
        if (claimed) return claimed;
      }
    }
    return null;
  }

  async finish(reminder: ReminderRecord, owner: string, state: "sent" | "skipped"): Promise<void> {
    await this.locked(reminder._id, async (current, write) => {
      // Moved or cancelled meanwhile: the new plan stands.
      if (current?.claimedBy !== owner || current.sequence !== reminder.sequence || current.active !== 1) {
        return;
      }
      await write({ $set: { active: 0, state, updatedAt: new Date() } });
    });
  }

  /** Reminders due and not yet sent (an operations metric: a growing number means the job is stuck). */
  countDue(now: Date): Promise<number> {
    return this.collection.countDocuments({ active: 1, dueAt: { $lte: now } }, { maxTimeMS: 2_000 });
  }

  private locked<T>(
    id: string,
    decide: (current: ReminderRecord | null, write: LockedWrite<ReminderRecord>) => Promise<T>,
  ): Promise<T> {
    return readCheckWrite(this.locks, this.collection, id, decide);
  }

  private async exists(id: string): Promise<boolean> {
    return (await this.collection.findOne({ _id: id }, { projection: { _id: 1 } })) !== null;
  }

  /** False when a document with this id exists already (then the caller replaces it under the lock). */
  private async insertedFirst(reminder: ReminderRecord): Promise<boolean> {
    try {
      await this.collection.insertOne(reminder);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
