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
import { appointmentMessage } from "../send-sms/appointment-message";
import { type ClientOpening, type OpenedClient, openClient } from "../send-sms/open-client";
import { type SendSmsOnce } from "../send-sms/send-sms-once.use-case";

export interface HandleAppointmentEventsDependencies extends ClientOpening {
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
 * and plan, move or drop the reminders. The client's name and phone arrive sealed
 * and are opened only for the text; an event for an erased client changes the state
 * (nothing readable in it) and sends nothing.
 */
export class HandleAppointmentEvents {
  constructor(private readonly deps: HandleAppointmentEventsDependencies) {}

  /** The client's key, read while the consumer checks for a redelivery (every handler opens the client). */
  async prefetch(event: { data: AppointmentDetails }): Promise<void> {
    await this.deps.cipher.prefetch?.(event.data.client.clientId);
  }

  async booked(event: AppointmentBookedV1Event): Promise<void> {
    const { data } = event;
    // An appointment made through a referral gets the referral's wording instead of a plain confirmation.
    const template = data.referralId ? "referral_scheduled" : "confirmation";
    const client = await this.announce(event, data, "booked", template, data.manageUrl);
    await this.planReminders(data, client);
  }

  async rescheduled(event: AppointmentRescheduledV1Event): Promise<void> {
    const client = await this.announce(event, event.data, "rescheduled", "reschedule", event.data.manageUrl);
    await this.planReminders(event.data, client);
  }

  async cancelled(event: AppointmentCancelledV1Event): Promise<void> {
    const { data } = event;
    await this.deps.reminders.cancel(data.appointmentId, data.sequence, this.deps.reminderOffsetsMinutes);
    await this.announce(event, data, "cancelled", "cancellation", null);
  }

  /** Check-in, no-show, completed: no text, no more reminders. */
  async attended(event: EventMeta & { data: AppointmentDetails }, status: AppointmentStatus): Promise<void> {
    const client = await openClient(this.deps, event.data.client);
    await this.deps.appointments.apply({
      details: event.data,
      status,
      eventId: event.id,
      occurredAt: event.occurredAt,
      calendarTokenHashes: [],
      phoneIndex: client.phoneIndex,
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
  ): Promise<OpenedClient> {
    const messageId = `${template}:${event.id}`;
    const client = await openClient(this.deps, details.client);
    // The calendar token is stored (hashed) before the text that carries it is recorded.
    const calendar = client.textable && manageUrl ? newCalendarToken() : null;
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
      phoneIndex: client.phoneIndex,
    });
    if (client.erased && applied) this.deps.sendSms.skip(messageId, "personal_data_erased");
    if (!client.textable || !applied) return client;
    await this.deps.sendSms.execute(
      appointmentMessage({
        messageId,
        template,
        sourceEventId: event.id,
        details,
        recipient: client.textable,
        links: {
          ...(calendar ? { calendarUrl: this.deps.calendarUrl(details.appointmentId, calendar.token) } : {}),
          ...(manageUrl ? { manageUrl } : {}),
        },
      }),
    );
    return client;
  }

  private async planReminders(details: AppointmentDetails, client: OpenedClient): Promise<void> {
    const plan = client.textable
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
