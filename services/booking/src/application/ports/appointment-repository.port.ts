import type { OutboxEntry } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";

/** Appointments and the events their changes cause, always written together. */
export interface AppointmentRepository {
  /** Inserts a new appointment with its events; CONFLICT (reason `appointment_exists`) if the id is taken. */
  insert(appointment: Appointment, events: OutboxEntry[]): Promise<void>;
  findById(appointmentId: string): Promise<Appointment | null>;
  /** Appointments at a location starting in [from, to), by start time. */
  findAtLocation(locationId: string, from: Date, to: Date): Promise<Appointment[]>;
  /** Holds still `held` whose expiry is at or before `now`, oldest first, at most `limit`. */
  findHoldsExpiredBy(now: Date, limit: number): Promise<Appointment[]>;
  /**
   * Replaces the appointment if it is still at `expectedVersion`, raising the
   * version, with its events; CONFLICT (reason `concurrent_change`) otherwise.
   */
  update(appointment: Appointment, expectedVersion: number, events: OutboxEntry[]): Promise<void>;
}
