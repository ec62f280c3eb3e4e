import {
  type AppointmentBookedV1Event,
  type AppointmentCancelledV1Event,
  type AppointmentDetails,
  type AppointmentRescheduledV1Event,
} from "@counselling/contracts";
import { hashCalendarToken, manageTokenOf, newCalendarToken } from "../../domain/calendar/calendar-token";
import { planReminders } from "../../domain/reminders/reminder-plan";
import { type QuietHours } from "../../domain/reminders/quiet-hours";
import { type AppointmentStateStore, type AppointmentStatus } from "../ports/appointment-state.port";
import { type ReminderStore } from "../ports/reminder-store.port";
import { appointmentMessage, textableClientOf } from "../send-sms/appointment-message";
import { type SendSmsOnce } from "../send-sms/send-sms-once.use-case";

export interface HandleAppointmentEventsDependencies {
  appointments: AppointmentStateStore;
  reminders: ReminderStore;
  sendSms: SendSmsOnce;
  clock: () => Date;
  reminderOffsetsMinutes: readonly number[];
  quietHours: QuietHours;
  /** Builds the client's calendar link from the appointment id and a fresh token. */
  calendarUrl: (appointmentId: string, token: string) => string;
}

interface EventMeta {
  id: string;
  occurredAt: string;
}

/**
 * What notify does with each appointment event: keep the latest state (for
 * calendar files and reminders), text the client once per (event, template),
 * and plan, move or drop the reminders.
 */
export class HandleAppointmentEvents {
  constructor(private readonly deps: HandleAppointmentEventsDependencies) {}

  async booked(event: AppointmentBookedV1Event): Promise<void> {
    const { data } = event;
    // An appointment made through a referral gets the referral's wording instead of a plain confirmation.
    const template = data.referralId ? "referral_scheduled" : "confirmation";
    await this.announce(event, data, "booked", template, data.manageUrl);
    await this.planReminders(data);
  }

  async rescheduled(event: AppointmentRescheduledV1Event): Promise<void> {
    await this.announce(event, event.data, "rescheduled", "reschedule", event.data.manageUrl);
    await this.planReminders(event.data);
  }

  async cancelled(event: AppointmentCancelledV1Event): Promise<void> {
    const { data } = event;
    await this.deps.reminders.cancel(data.appointmentId, data.sequence, this.deps.reminderOffsetsMinutes);
    await this.announce(event, data, "cancelled", "cancellation", null);
  }

  /** Check-in, no-show, completed: no text, no more reminders. */
  async attended(event: EventMeta & { data: AppointmentDetails }, status: AppointmentStatus): Promise<void> {
    await this.deps.appointments.apply({
      details: event.data,
      status,
      eventId: event.id,
      occurredAt: event.occurredAt,
      calendarTokenHashes: [],
    });
    await this.deps.reminders.cancel(
      event.data.appointmentId,
      event.data.sequence,
      this.deps.reminderOffsetsMinutes,
    );
  }

  private async announce(
    event: EventMeta,
    details: AppointmentDetails,
    status: AppointmentStatus,
    template: "confirmation" | "referral_scheduled" | "reschedule" | "cancellation",
    manageUrl: string | null,
  ): Promise<void> {
    const to = textableClientOf(details);
    // The calendar token is stored (hashed) before the text that carries it is recorded.
    const calendar = to && manageUrl ? newCalendarToken() : null;
    const manageToken = manageUrl ? manageTokenOf(manageUrl) : null;
    const applied = await this.deps.appointments.apply({
      details,
      status,
      eventId: event.id,
      occurredAt: event.occurredAt,
      // The manage link's secret opens the calendar file too: the web app's confirmation
      // page offers the download without ever seeing the SMS's own calendar token.
      calendarTokenHashes: [
        ...(calendar ? [calendar.hash] : []),
        ...(manageToken ? [hashCalendarToken(manageToken)] : []),
      ],
    });
    if (!to || !applied) return;
    await this.deps.sendSms.execute(
      appointmentMessage({
        messageId: `${template}:${event.id}`,
        template,
        sourceEventId: event.id,
        details,
        to,
        links: {
          ...(calendar ? { calendarUrl: this.deps.calendarUrl(details.appointmentId, calendar.token) } : {}),
          ...(manageUrl ? { manageUrl } : {}),
        },
      }),
    );
  }

  private async planReminders(details: AppointmentDetails): Promise<void> {
    const plan = textableClientOf(details)
      ? planReminders({
          startsAt: new Date(details.time.startsAt),
          timeZone: details.time.timeZone,
          offsetsMinutes: this.deps.reminderOffsetsMinutes,
          now: this.deps.clock(),
          quietHours: this.deps.quietHours,
        })
      : [];
    await this.deps.reminders.schedule(
      details.appointmentId,
      details.sequence,
      plan,
      this.deps.reminderOffsetsMinutes,
    );
  }
}
