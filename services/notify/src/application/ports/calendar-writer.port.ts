import { type AppointmentState } from "./appointment-state.port";
import { type CalendarFeedRecord } from "./calendar-feed-store.port";

/** Writes iCalendar (RFC 5545) text; one implementation, on ical-generator. */
export interface CalendarWriter {
  /** The client's copy: METHOD:REQUEST, or METHOD:CANCEL once cancelled; UID and SEQUENCE from the state. */
  appointmentFile(state: AppointmentState): string;
  /** A staff feed without client data. */
  feed(feed: CalendarFeedRecord, appointments: readonly AppointmentState[]): string;
}
