import type { AppointmentAheadReferences } from "../directory-admin/removed-entries-in-use";
import type { OutboxEntry } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import type { PersonalDataErasure, PersonLookup } from "../../domain/privacy/personal-data-marks";
import type { RetentionSweep } from "./retention-sweep";

/** Appointments and the events their changes cause, always written together. */
export interface AppointmentRepository {
  /** Inserts a new appointment with its events; CONFLICT (reason `appointment_exists`) if the id is taken. */
  insert(appointment: Appointment, events: OutboxEntry[]): Promise<void>;
  findById(appointmentId: string): Promise<Appointment | null>;
  /** What the living appointments not over at `now` point at in the directory (an admin removing an entry). */
  referencesAhead(now: Date): Promise<AppointmentAheadReferences[]>;
  /** Appointments at a location starting in [from, to), by start time. */
  findAtLocation(locationId: string, from: Date, to: Date): Promise<Appointment[]>;
  /** Holds still `held` whose expiry is at or before `now`, oldest first, at most `limit`. */
  findHoldsExpiredBy(now: Date, limit: number): Promise<Appointment[]>;
  /**
   * Replaces the appointment if it is still at `expectedVersion`, raising the
   * version, with its events; CONFLICT (reason `concurrent_change`) otherwise.
   */
  update(appointment: Appointment, expectedVersion: number, events: OutboxEntry[]): Promise<void>;
  /** A person's appointments (holds included): by phone index or client id, or erased by this request. */
  findOfPerson(person: PersonLookup): Promise<Appointment[]>;
  /** Finished appointments (completed, no-show, cancelled, released) past a retention, by end, oldest first. */
  findDueForRetention(sweep: RetentionSweep): Promise<Appointment[]>;
  /**
   * Removes the phone index (and the request fingerprint, a keyed hash of name and phone)
   * and marks the appointment erased, under its lock; the sealed values stay, unreadable.
   * Other writes never touch these fields, so a concurrent change can't bring them back.
   */
  markPersonalDataErased(appointmentId: string, erasure: PersonalDataErasure): Promise<void>;
}
