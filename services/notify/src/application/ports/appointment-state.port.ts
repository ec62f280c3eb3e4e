import { type AppointmentDetails } from "@counselling/contracts";
import { type AppointmentStatus } from "../../domain/appointments/appointment-status";

export {
  AppointmentStatusSchema,
  type AppointmentStatus,
} from "../../domain/appointments/appointment-status";

/** The latest state of an appointment, from its events (event-carried state transfer). */
export interface AppointmentState {
  _id: string;
  details: AppointmentDetails;
  status: AppointmentStatus;
  sequence: number;
  lastEventId: string;
  lastEventAt: string;
  /** Hashes of the calendar links sent to the client; any of them opens the .ics. */
  calendarTokenHashes: string[];
  counsellorId: string;
  locationId: string;
  organisationId: string;
  /** `details.time.startsAt` as a date, for the feeds' time window. */
  startsAt: Date;
}

export interface AppointmentStateStore {
  /**
   * Applies an event's state unless a later one is already there (higher
   * sequence, or same sequence and later event time); adds calendar token hashes.
   * Returns false for a stale event.
   */
  apply(input: {
    details: AppointmentDetails;
    status: AppointmentStatus;
    eventId: string;
    occurredAt: string;
    /** Hashes of secrets that may open the .ics: the SMS link's token, the manage link's token. */
    calendarTokenHashes: string[];
  }): Promise<boolean>;
  get(appointmentId: string): Promise<AppointmentState | null>;
  /** The organisation running a location, as the appointments there say; null when notify knows none there. */
  organisationOfLocation(locationId: string): Promise<string | null>;
  /** For calendar feeds: appointments starting at or after `from`, earliest first. */
  ofCounsellor(
    scope: { organisationId: string; counsellorId: string },
    from: Date,
    limit: number,
  ): Promise<AppointmentState[]>;
  atLocation(
    scope: { organisationId: string; locationId: string },
    from: Date,
    limit: number,
  ): Promise<AppointmentState[]>;
}
