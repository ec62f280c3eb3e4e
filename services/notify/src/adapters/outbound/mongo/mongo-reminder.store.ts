import { isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import { type PlannedReminder } from "../../../domain/reminders/reminder-plan";
import {
  reminderIdOf,
  type ReminderRecord,
  type ReminderStore,
} from "../../../application/ports/reminder-store.port";

const NEVER_CLAIMED = new Date(0);

/** The persisted reminder schedule: `_id`-keyed writes guarded by the appointment's sequence. */
export class MongoReminderStore implements ReminderStore {
  constructor(private readonly collection: Collection<ReminderRecord>) {}

  async schedule(
    appointmentId: string,
    sequence: number,
    plan: PlannedReminder[],
    offsetsMinutes: readonly number[],
  ): Promise<void> {
    const now = new Date();
    for (const offsetMinutes of offsetsMinutes) {
      const planned = plan.find((reminder) => reminder.offsetMinutes === offsetMinutes);
      await this.upsertUnlessNewer(appointmentId, offsetMinutes, sequence, {
        sequence,
        dueAt: planned?.dueAt ?? now,
        active: planned ? 1 : 0,
        state: planned ? "scheduled" : "skipped",
        claimedBy: null,
        claimedUntil: NEVER_CLAIMED,
        updatedAt: now,
      });
    }
  }

  async cancel(appointmentId: string, sequence: number, offsetsMinutes: readonly number[]): Promise<void> {
    for (const offsetMinutes of offsetsMinutes) {
      await this.collection.updateOne(
        { _id: reminderIdOf(appointmentId, offsetMinutes), sequence: { $lte: sequence }, active: 1 },
        { $set: { active: 0, state: "cancelled", updatedAt: new Date() } },
      );
    }
  }

  claimDue(now: Date, owner: string, until: Date): Promise<ReminderRecord | null> {
    return this.collection.findOneAndUpdate(
      { active: 1, dueAt: { $lte: now }, claimedUntil: { $lt: now } },
      { $set: { claimedBy: owner, claimedUntil: until } },
      { returnDocument: "after" },
    );
  }

  async finish(reminder: ReminderRecord, owner: string, state: "sent" | "skipped"): Promise<void> {
    await this.collection.updateOne(
      { _id: reminder._id, claimedBy: owner, sequence: reminder.sequence, active: 1 },
      { $set: { active: 0, state, updatedAt: new Date() } },
    );
  }

  private async upsertUnlessNewer(
    appointmentId: string,
    offsetMinutes: number,
    sequence: number,
    fields: Omit<ReminderRecord, "_id" | "appointmentId" | "offsetMinutes">,
  ): Promise<void> {
    try {
      await this.collection.updateOne(
        { _id: reminderIdOf(appointmentId, offsetMinutes), sequence: { $lte: sequence } },
        { $set: fields, $setOnInsert: { appointmentId, offsetMinutes } },
        { upsert: true },
      );
    } catch (error) {
      // A later plan exists (a redelivered older event): it stands.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
