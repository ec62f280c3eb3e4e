import { type AppointmentDetails } from "@counselling/contracts";
import { z } from "zod";

export const AppointmentStatusSchema = z.enum([
  "booked",
  "rescheduled",
  "cancelled",
  "checked_in",
  "no_show",
  "completed",
]);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

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
}

export interface AppointmentStateStore {
  /**
   * Applies an event's state unless a later one is already there (higher
   * sequence, or same sequence and later event time); adds a calendar token hash.
   * Returns false for a stale event.
   */
  apply(input: {
    details: AppointmentDetails;
    status: AppointmentStatus;
    eventId: string;
    occurredAt: string;
    calendarTokenHash: string | null;
  }): Promise<boolean>;
  get(appointmentId: string): Promise<AppointmentState | null>;
  /** For calendar feeds. */
  ofCounsellor(counsellorId: string, limit: number): Promise<AppointmentState[]>;
  atLocation(locationId: string, limit: number): Promise<AppointmentState[]>;
}
