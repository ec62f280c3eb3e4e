import { type PlannedReminder } from "../../domain/reminders/reminder-plan";

export interface ReminderRecord {
  /** `${appointmentId}:${offsetMinutes}`: one document per appointment and offset. */
  _id: string;
  appointmentId: string;
  offsetMinutes: number;
  /** The appointment's calendar sequence the reminder was planned for. */
  sequence: number;
  dueAt: Date;
  /** 1 while it waits to be sent (a number: FerretDB filters those fast). */
  active: 0 | 1;
  state: "scheduled" | "sent" | "cancelled" | "skipped";
  claimedBy: string | null;
  claimedUntil: Date;
  updatedAt: Date;
}

export interface ReminderStore {
  /** Plans (or moves) the reminders of an appointment; offsets not in the plan are switched off. */
  schedule(
    appointmentId: string,
    sequence: number,
    plan: PlannedReminder[],
    offsetsMinutes: readonly number[],
  ): Promise<void>;
  cancel(appointmentId: string, sequence: number, offsetsMinutes: readonly number[]): Promise<void>;
  /** Switches off every pending reminder of an appointment whose personal data were erased. */
  cancelAllOf(appointmentId: string): Promise<void>;
  /** Atomically takes one due reminder nobody holds; null when none is due. */
  claimDue(now: Date, owner: string, until: Date): Promise<ReminderRecord | null>;
  /** Closes a claimed reminder unless it was moved meanwhile (then its new plan stands). */
  finish(reminder: ReminderRecord, owner: string, state: "sent" | "skipped"): Promise<void>;
}

export function reminderIdOf(appointmentId: string, offsetMinutes: number): string {
  return `${appointmentId}:${offsetMinutes}`;
}
