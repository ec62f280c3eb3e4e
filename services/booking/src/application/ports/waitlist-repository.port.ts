import type { OutboxEntry } from "@counselling/platform";
import type { WaitlistEntry } from "../../domain/waitlist/waitlist-entry";

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
}
