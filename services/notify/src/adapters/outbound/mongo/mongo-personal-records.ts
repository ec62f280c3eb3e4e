import { type DocumentLocks } from "@counselling/platform";
import type { Collection, Document, Filter } from "mongodb";
import { type AppointmentState } from "../../../application/ports/appointment-state.port";
import { type DevInboxRecord } from "../../../application/ports/dev-inbox-record";
import { type HeldRecords, type PersonalRecords } from "../../../application/ports/personal-records.port";
import { type ReminderRecord } from "../../../application/ports/reminder-store.port";
import { distinct } from "../../../domain/privacy/distinct";
import { type RetentionCutoffs } from "../../../domain/privacy/retention";
import { type MessageDocument } from "./mongo-message.store";
import { type ReplyDocument } from "./mongo-reply.store";
import { readCheckWrite } from "./under-document-lock";

export interface PersonalRecordCollections {
  appointments: Collection<AppointmentState>;
  messages: Collection<MessageDocument>;
  replies: Collection<ReplyDocument>;
  reminders: Collection<ReminderRecord>;
  devInbox: Collection<DevInboxRecord>;
}

/** A record that holds sealed personal data under a key. */
interface KeyedRecord extends Document {
  _id: string;
  clientId: string;
  appointmentId?: string | null;
  personalDataErasedAt: Date | null;
  phoneIndex?: string;
}

const WITHOUT_OUTBOX = { projection: { outbox: 0 } } as const;

/**
 * Notify's records by data key and phone index, for erasure, export and retention. Every
 * update runs under the record's document lock (ADR 0009): messages and replies carry
 * outboxes the relay edits under the same lock, appointment states and dev-inbox texts are
 * read-check-written by their own writers.
 */
export class MongoPersonalRecords implements PersonalRecords {
  constructor(
    private readonly collections: PersonalRecordCollections,
    private readonly locks: DocumentLocks,
  ) {}

  async clientIdsWithPhoneIndex(phoneIndex: string): Promise<string[]> {
    const { appointments, messages, replies } = this.keyed();
    const found = await Promise.all(
      [appointments, messages, replies].map((collection) =>
        collection.find({ phoneIndex }, { projection: { clientId: 1 } }).toArray(),
      ),
    );
    return distinct(found.flat().map((record) => record.clientId));
  }

  async heldFor(clientIds: readonly string[]): Promise<HeldRecords> {
    if (clientIds.length === 0) {
      return { appointments: [], messages: [], replies: [], reminders: [], devInbox: [] };
    }
    const byKey = { clientId: { $in: [...clientIds] } };
    const { collections } = this;
    const [appointments, messages, replies, devInbox] = await Promise.all([
      collections.appointments.find(byKey).sort({ startsAt: 1 }).toArray(),
      collections.messages.find(byKey, WITHOUT_OUTBOX).sort({ createdAt: 1 }).toArray(),
      collections.replies.find(byKey, WITHOUT_OUTBOX).sort({ receivedAt: 1 }).toArray(),
      collections.devInbox.find(byKey).sort({ receivedAt: 1 }).toArray(),
    ]);
    const appointmentIds = distinct([
      ...appointments.map((state) => state._id),
      ...messages.flatMap((message) => (message.appointmentId ? [message.appointmentId] : [])),
    ]);
    const reminders = await collections.reminders
      .find({ appointmentId: { $in: appointmentIds } })
      .sort({ dueAt: 1 })
      .toArray();
    return { appointments, messages, replies, reminders, devInbox };
  }

  async markErased(
    clientIds: readonly string[],
    at: Date,
  ): Promise<{ records: number; appointmentIds: string[] }> {
    if (clientIds.length === 0) return { records: 0, appointmentIds: [] };
    const { appointments, messages, replies, devInbox } = this.keyed();
    let records = 0;
    const appointmentIds: string[] = [];
    for (const collection of [appointments, messages, replies, devInbox]) {
      const found = await collection
        .find({ clientId: { $in: [...clientIds] } }, { projection: { _id: 1, appointmentId: 1 } })
        .toArray();
      for (const record of found) {
        await this.erase(collection, record._id, at, { clearCalendarLinks: collection === appointments });
        records++;
        if (collection === appointments) appointmentIds.push(record._id);
        else if (record.appointmentId) appointmentIds.push(record.appointmentId);
      }
    }
    return { records, appointmentIds: distinct(appointmentIds) };
  }

  async pastRetention(cutoffs: RetentionCutoffs, limit: number): Promise<string[]> {
    const { appointments, messages, replies } = this.keyed();
    const notErased = { personalDataErasedAt: null };
    const queries: Array<[Collection<KeyedRecord>, Filter<KeyedRecord>]> = [
      // Appointment states by the appointment's end: their texts and replies share the key.
      [appointments, { ...notErased, $or: byKindBefore(cutoffs, "endsAt") }],
      // Texts about no appointment (waitlist offers) by the offered slot's end.
      [messages, { ...notErased, appointmentId: null, $or: byKindBefore(cutoffs, "endsAt") }],
      // Replies that answered nothing we know: no kind, the default period from their arrival.
      [replies, { ...notErased, appointmentId: null, receivedAt: { $lt: cutoffs.otherwise } }],
    ];
    const keys: string[] = [];
    for (const [collection, filter] of queries) {
      if (keys.length >= limit) break;
      const found = await collection
        .find(filter, { projection: { clientId: 1 } })
        .limit(limit - keys.length)
        .toArray();
      keys.push(...found.map((record) => record.clientId));
    }
    return distinct(keys);
  }

  /** Marks one record erased: no phone index, no calendar links; the sealed values stay unreadable. */
  private async erase(
    collection: Collection<KeyedRecord>,
    id: string,
    at: Date,
    options: { clearCalendarLinks: boolean },
  ): Promise<void> {
    await readCheckWrite(this.locks, collection, id, async (current, write) => {
      if (!current || (current.personalDataErasedAt && current.phoneIndex === undefined)) return;
      await write({
        $set: {
          personalDataErasedAt: current.personalDataErasedAt ?? at,
          ...(options.clearCalendarLinks ? { calendarTokenHashes: [] } : {}),
        },
        $unset: { phoneIndex: "" },
      });
    });
  }

  /** The collections as records with a key (their common shape). */
  private keyed() {
    const { appointments, messages, replies, devInbox } = this.collections;
    return {
      appointments: appointments as unknown as Collection<KeyedRecord>,
      messages: messages as unknown as Collection<KeyedRecord>,
      replies: replies as unknown as Collection<KeyedRecord>,
      devInbox: devInbox as unknown as Collection<KeyedRecord>,
    };
  }
}

/** `field` before the cutoff of the record's service kind (the default for kinds without their own). */
function byKindBefore(cutoffs: RetentionCutoffs, field: "endsAt"): Array<Filter<KeyedRecord>> {
  const kinds = Object.keys(cutoffs.byKind);
  const own = Object.entries(cutoffs.byKind).map(([kind, before]) => ({
    serviceKind: kind,
    [field]: { $lt: before },
  }));
  const others = kinds.length > 0 ? { serviceKind: { $nin: kinds } } : {};
  return [...own, { ...others, [field]: { $lt: cutoffs.otherwise } }];
}
