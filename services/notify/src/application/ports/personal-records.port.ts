import { type AppointmentState } from "./appointment-state.port";
import { type DevInboxRecord } from "./dev-inbox-record";
import { type MessageRecord } from "./message-record";
import { type ReminderRecord } from "./reminder-store.port";
import { type ReplyRecord } from "./reply-store.port";
import { type RetentionCutoffs } from "../../domain/privacy/retention";

/** Everything notify holds about some clients (data keys), still sealed. */
export interface HeldRecords {
  appointments: AppointmentState[];
  messages: MessageRecord[];
  replies: ReplyRecord[];
  reminders: ReminderRecord[];
  devInbox: DevInboxRecord[];
}

/**
 * Notify's records as a data protection officer sees them: across messages, replies,
 * appointment states, reminders and the dev inbox, found by phone index or data key.
 */
export interface PersonalRecords {
  /** The data keys of every record that carries this phone index. */
  clientIdsWithPhoneIndex(phoneIndex: string): Promise<string[]>;
  heldFor(clientIds: readonly string[]): Promise<HeldRecords>;
  /**
   * Marks every record of these keys erased (`personalDataErasedAt`), removes their phone
   * indexes and the appointments' calendar links. Each update under its document lock.
   * Returns how many records hold these keys and which appointments they are about.
   */
  markErased(clientIds: readonly string[], at: Date): Promise<{ records: number; appointmentIds: string[] }>;
  /**
   * Keys whose records are past retention and not yet anonymised: appointments by their
   * end, texts without appointment (waitlist offers) by their slot's end, unmatched
   * replies by their arrival.
   */
  pastRetention(cutoffs: RetentionCutoffs, limit: number): Promise<string[]>;
}
