import {
  type AppointmentBookedV1Event,
  type AppointmentCancelledV1Event,
  type AppointmentDetails,
  type AppointmentRescheduledV1Event,
} from "@counselling/contracts";
import {
  type CalendarLinkTokens,
  hashCalendarToken,
  manageTokenOf,
} from "../../domain/calendar/calendar-token";
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
  /** The calendar link's secret, derived from the event the text answers (ADR 0047). */
  calendarLinks: Pick<CalendarLinkTokens, "forEvent">;
  /** Builds the client's calendar link from the appointment id and its token. */
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

  /**
   * Writes the state and, for a textable client, records the text at the same time rather than
   * one after the other (ADR 0047): the calendar token comes from the event id, so whichever write
   * a crash or a retry leaves behind, both carry the same link. The text goes out only once the
   * state took the event; a superseded event's text is withdrawn unsent.
   */
  private async announce(
    event: EventMeta,
    details: AppointmentDetails,
    status: AppointmentStatus,
    template: "confirmation" | "referral_scheduled" | "reschedule" | "cancellation",
    manageUrl: string | null,
  ): Promise<OpenedClient> {
    const messageId = `${template}:${event.id}`;
    const client = await openClient(this.deps, details.client);
    const calendar = client.textable && manageUrl ? this.deps.calendarLinks.forEvent(event.id) : null;
    const manageToken = manageUrl ? manageTokenOf(manageUrl) : null;
    // Rendered before either write starts: nothing below may leave a write's promise unawaited.
    const text = client.textable
      ? appointmentMessage({
          messageId,
          template,
          sourceEventId: event.id,
          details,
          recipient: client.textable,
          links: {
            ...(calendar
              ? { calendarUrl: this.deps.calendarUrl(details.appointmentId, calendar.token) }
              : {}),
            ...(manageUrl ? { manageUrl } : {}),
          },
        })
      : null;
    const stateWrite = this.deps.appointments.apply({
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
    if (!text) {
      if ((await stateWrite) && client.erased) this.deps.sendSms.skip(messageId, "personal_data_erased");
      return client;
    }
    const [state, intent] = await Promise.allSettled([stateWrite, this.deps.sendSms.record(text)]);
    if (intent.status === "rejected") throw intent.reason; // the retry writes both again
    if (state.status === "rejected") {
      // Given back, not withdrawn: the event is not in doubt, only its state write. The retry
      // sends the text after writing the state (or, should every retry fail, the reconciler does).
      await this.deps.sendSms.giveBack(intent.value);
      throw state.reason;
    }
    if (!state.value) {
      await this.deps.sendSms.withdraw(intent.value, "superseded");
      return client;
    }
    await this.deps.sendSms.dispatch(intent.value);
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
