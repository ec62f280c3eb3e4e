import type { OutboxEntry } from "@counselling/platform";
import type { PersonalDataErasure, PersonLookup } from "../../domain/privacy/personal-data-marks";
import type { WaitlistEntry } from "../../domain/waitlist/waitlist-entry";
import type { RetentionSweep } from "./retention-sweep";

/** Waitlist entries and the events their changes cause, written together. */
export interface WaitlistRepository {
  /** CONFLICT (reason `waitlist_entry_exists`) if the id is taken. */
  insert(entry: WaitlistEntry): Promise<void>;
  findById(entryId: string): Promise<WaitlistEntry | null>;
  /** Entries of a service still waiting, longest-waiting first. */
  waitingFor(serviceId: string): Promise<WaitlistEntry[]>;
  /** Every entry of a service that is waiting or has an open offer, for reception. */
  openFor(serviceId: string): Promise<WaitlistEntry[]>;
  /** Compare-and-set on `version` under the document lock; CONFLICT `concurrent_change` otherwise. */
  update(entry: WaitlistEntry, expectedVersion: number, events: OutboxEntry[]): Promise<void>;
  /** A person's entries: by phone index or client id, or erased by this request. */
  findOfPerson(person: PersonLookup): Promise<WaitlistEntry[]>;
  /** Closed entries (booked, lapsed, withdrawn) past a retention, by when they closed, oldest first. */
  findDueForRetention(sweep: RetentionSweep): Promise<WaitlistEntry[]>;
  /** Removes the phone index and marks the entry erased, under its lock (as for appointments). */
  markPersonalDataErased(entryId: string, erasure: PersonalDataErasure): Promise<void>;
}
