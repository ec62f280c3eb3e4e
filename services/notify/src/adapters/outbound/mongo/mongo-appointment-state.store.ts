import { type AppointmentDetails } from "@counselling/contracts";
import { type DocumentLocks, isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import {
  type AppointmentState,
  type AppointmentStateStore,
  type AppointmentStatus,
} from "../../../application/ports/appointment-state.port";
import { readCheckWrite } from "./under-document-lock";

/**
 * Latest appointment state per appointment, `_id` = appointment id. Events of one
 * appointment share a Kafka key, but a redelivery after a rebalance can race the next
 * event on another replica; so the "is this event later?" check and the write happen
 * under the document lock (FerretDB v1 can't decide it with a conditional upsert, ADR 0009).
 * The client's name and phone stay sealed as the events carry them (ADR 0011).
 */
export class MongoAppointmentStateStore implements AppointmentStateStore {
  constructor(
    private readonly collection: Collection<AppointmentState>,
    private readonly locks: DocumentLocks,
  ) {}

  async apply(input: {
    details: AppointmentDetails;
    status: AppointmentStatus;
    eventId: string;
    occurredAt: string;
    /** Hashes of secrets that may open the .ics: the SMS link's token, the manage link's token. */
    calendarTokenHashes: string[];
    phoneIndex: string | null;
  }): Promise<boolean> {
    const { details } = input;
    const id = details.appointmentId;
    const fields = {
      details,
      clientId: details.client.clientId,
      serviceKind: details.service.kind,
      status: input.status,
      sequence: details.sequence,
      lastEventId: input.eventId,
      lastEventAt: input.occurredAt,
      counsellorId: details.counsellorId,
      locationId: details.location.locationId,
      organisationId: details.organisationId,
      startsAt: new Date(details.time.startsAt),
      endsAt: new Date(details.time.endsAt),
    };
    const phoneIndex = input.phoneIndex ? { phoneIndex: input.phoneIndex } : {};
    const tokenHashes = input.calendarTokenHashes;
    // The first event of an appointment is an insert (atomic on the unique `_id`, tried first:
    // most appointments are new); later ones read, compare and write under the lock.
    try {
      await this.collection.insertOne({
        _id: id,
        ...fields,
        ...phoneIndex,
        calendarTokenHashes: tokenHashes,
        personalDataErasedAt: null,
      });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    return readCheckWrite(this.locks, this.collection, id, async (current, write) => {
      if (!current) throw new Error(`appointment state ${id} vanished`);
      if (!isNotOlder(input, current)) return false;
      // An erased appointment keeps its state for the statistics and the feeds, but gets no
      // phone index and no calendar link again (a late event's sealed data open nothing anyway).
      const personal = current.personalDataErasedAt
        ? {}
        : { ...phoneIndex, calendarTokenHashes: unionOf(current.calendarTokenHashes, tokenHashes) };
      await write({ $set: { ...fields, ...personal } });
      return true;
    });
  }

  async organisationOfLocation(locationId: string): Promise<string | null> {
    const any = await this.collection.findOne({ locationId }, { projection: { organisationId: 1 } });
    return any?.organisationId ?? null;
  }

  get(appointmentId: string): Promise<AppointmentState | null> {
    return this.collection.findOne({ _id: appointmentId });
  }

  ofCounsellor(
    scope: { organisationId: string; counsellorId: string },
    from: Date,
    limit: number,
  ): Promise<AppointmentState[]> {
    return this.collection
      .find({
        organisationId: scope.organisationId,
        counsellorId: scope.counsellorId,
        startsAt: { $gte: from },
      })
      .sort({ startsAt: 1 })
      .limit(limit)
      .toArray();
  }

  atLocation(
    scope: { organisationId: string; locationId: string },
    from: Date,
    limit: number,
  ): Promise<AppointmentState[]> {
    return this.collection
      .find({ organisationId: scope.organisationId, locationId: scope.locationId, startsAt: { $gte: from } })
      .sort({ startsAt: 1 })
      .limit(limit)
      .toArray();
  }
}

/** A higher calendar sequence wins; within one sequence, the later event (check-in after booking). */
function isNotOlder(
  input: { details: AppointmentDetails; occurredAt: string },
  current: AppointmentState,
): boolean {
  if (input.details.sequence !== current.sequence) return input.details.sequence > current.sequence;
  return Date.parse(input.occurredAt) >= Date.parse(current.lastEventAt);
}

/** A redelivered event brings the same derived token hash again (ADR 0047): kept once. */
function unionOf(stored: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...stored, ...added])];
}
