import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { type AppointmentStateStore } from "../ports/appointment-state.port";
import { type ReminderRecord, type ReminderStore } from "../ports/reminder-store.port";
import { appointmentMessage } from "../send-sms/appointment-message";
import { type ClientOpening, openClient } from "../send-sms/open-client";
import { type SendSmsOnce } from "../send-sms/send-sms-once.use-case";

export interface SendDueRemindersDependencies extends ClientOpening {
  reminders: ReminderStore;
  appointments: AppointmentStateStore;
  sendSms: SendSmsOnce;
  clock: () => Date;
  logger: Logger;
  /** How long a claimed reminder is this replica's; a crashed replica's claims lapse after it. */
  claimMs: number;
  /** Reminders per run, so one run can't hold the job forever. */
  batchSize?: number;
  owner?: string;
}

/**
 * Sends the reminders that are due. Each is claimed with one atomic conditional
 * update, so replicas running this at the same time never take the same one;
 * its SMS id (appointment, offset, sequence) makes a resend after a crash a no-op.
 * The client's name and phone are opened from the appointment's sealed state just for
 * the text; an erased client's reminder is skipped.
 */
export class SendDueReminders {
  private readonly owner: string;

  constructor(private readonly deps: SendDueRemindersDependencies) {
    this.owner = deps.owner ?? `reminders-${randomUUID()}`;
  }

  /** Returns how many reminders this run handled. */
  async execute(): Promise<number> {
    const limit = this.deps.batchSize ?? 100;
    let handled = 0;
    while (handled < limit) {
      const now = this.deps.clock();
      const claimed = await this.deps.reminders.claimDue(
        now,
        this.owner,
        new Date(now.getTime() + this.deps.claimMs),
      );
      if (!claimed) break;
      handled++;
      await this.remind(claimed);
    }
    return handled;
  }

  private async remind(reminder: ReminderRecord): Promise<void> {
    const state = await this.deps.appointments.get(reminder.appointmentId);
    const stillOn =
      state !== null &&
      (state.status === "booked" || state.status === "rescheduled") &&
      state.sequence === reminder.sequence;
    const messageId = `reminder:${reminder._id}:${reminder.sequence}`;
    const client = stillOn ? await openClient(this.deps, state.details.client) : null;
    if (client?.erased) this.deps.sendSms.skip(messageId, "personal_data_erased");
    if (!stillOn || !client?.textable) {
      await this.deps.reminders.finish(reminder, this.owner, "skipped");
      return;
    }
    const outcome = await this.deps.sendSms.execute(
      appointmentMessage({
        messageId,
        template: "reminder",
        sourceEventId: state.lastEventId,
        details: state.details,
        recipient: client.textable,
        links: {},
      }),
    );
    this.deps.logger.debug({ reminderId: reminder._id, outcome }, "reminder handled");
    await this.deps.reminders.finish(reminder, this.owner, "sent");
  }
}
