import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, {
  type ICalCalendar,
  ICalCalendarMethod,
  ICalEventClass,
  type ICalEventData,
  ICalEventStatus,
} from "ical-generator";
import { DateTime } from "luxon";
import { type AppointmentState } from "../../../application/ports/appointment-state.port";
import { type CalendarFeedRecord } from "../../../application/ports/calendar-feed-store.port";
import { type CalendarWriter } from "../../../application/ports/calendar-writer.port";
import { clientCalendarText } from "../../../domain/calendar/client-calendar-text";
import { feedEventText } from "../../../domain/calendar/feed-calendar-text";

export interface IcalCalendarWriterOptions {
  /** The right-hand side of every UID (`<appointmentId>@<domain>`): ours, so UIDs are globally unique. */
  uidDomain: string;
  /** ORGANIZER of the client's copy: RFC 5546 requires one in REQUEST and CANCEL. Never replied to. */
  organizer: { name: string; email: string };
}

/**
 * iCalendar on ical-generator. Times are written as DTSTART;TZID=<zone>:<local time> with a
 * VTIMEZONE from @touch4it/ical-timezones, from luxon values in the appointment's zone
 * (ical-generator formats plain Dates in the server's zone). The calendar itself gets no
 * zone name: ical-generator would then write DTSTAMP in local time without "Z", and
 * RFC 5545 wants it in UTC (docs/adr/0024).
 */
export class IcalCalendarWriter implements CalendarWriter {
  constructor(private readonly options: IcalCalendarWriterOptions) {}

  appointmentFile(state: AppointmentState): string {
    const cancelled = state.status === "cancelled";
    const text = clientCalendarText(state.details, state.status);
    const calendar = this.calendar(cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
    calendar.createEvent({
      ...this.eventBase(state),
      summary: text.summary,
      description: text.description,
      location: text.location,
      organizer: this.options.organizer,
    });
    return calendar.toString();
  }

  feed(feed: CalendarFeedRecord, appointments: readonly AppointmentState[]): string {
    const calendar = this.calendar(ICalCalendarMethod.PUBLISH)
      .name(feed.kind === "counsellor" ? "Meine Termine" : "Termine am Standort")
      .ttl(15 * 60);
    for (const state of appointments) {
      const text = feedEventText(state.details, state.status);
      calendar.createEvent({
        ...this.eventBase(state),
        summary: text.summary,
        description: text.description,
        location: text.location,
      });
    }
    return calendar.toString();
  }

  private calendar(method: ICalCalendarMethod): ICalCalendar {
    return ical({
      prodId: { company: "counselling-network", product: "notify", language: "DE" },
      method,
      timezone: { name: null, generator: getVtimezoneComponent },
    });
  }

  /** Identity, time and status: the same in the client's copy and in the feeds. */
  private eventBase(state: AppointmentState): ICalEventData {
    const { time } = state.details;
    const changedAt = new Date(state.lastEventAt);
    return {
      id: `${state._id}@${this.options.uidDomain}`,
      sequence: state.sequence,
      start: DateTime.fromISO(time.startsAt, { zone: "utc" }).setZone(time.timeZone),
      end: DateTime.fromISO(time.endsAt, { zone: "utc" }).setZone(time.timeZone),
      timezone: time.timeZone,
      stamp: changedAt,
      lastModified: changedAt,
      status: state.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      class: ICalEventClass.PRIVATE,
    };
  }
}
