import { type AppointmentDetails, type ServiceKind } from "@counselling/contracts";
import { type AppointmentStatus } from "../../domain/appointments/appointment-status";

export {
  AppointmentStatusSchema,
  type AppointmentStatus,
} from "../../domain/appointments/appointment-status";

/**
 * The latest state of an appointment, from its events (event-carried state transfer). The
 * client's name and phone stay as the events carry them, sealed with `clientId` (the
 * appointment's key): notify opens them only to text the client or for the DPO's export.
 */
export interface AppointmentState {
  _id: string;
  details: AppointmentDetails;
  clientId: string;
  /** Keyed hash of the client's phone, when they gave one; removed on erasure and retention. */
  phoneIndex?: string;
  serviceKind: ServiceKind;
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
  /** `details.time.endsAt` as a date: retention counts from it. */
  endsAt: Date;
  personalDataErasedAt: Date | null;
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
    /** The client's phone index, null without a (readable) phone; never set again on an erased state. */
    phoneIndex: string | null;
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
