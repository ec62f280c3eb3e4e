import { isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import {
  type AppointmentState,
  type AppointmentStateStore,
  type AppointmentStatus,
} from "../../../application/ports/appointment-state.port";
import { type AppointmentDetails } from "@counselling/contracts";

/** Latest appointment state per appointment, `_id` = appointment id. */
export class MongoAppointmentStateStore implements AppointmentStateStore {
  constructor(private readonly collection: Collection<AppointmentState>) {}

  async apply(input: {
    details: AppointmentDetails;
    status: AppointmentStatus;
    eventId: string;
    occurredAt: string;
    calendarTokenHash: string | null;
  }): Promise<boolean> {
    const { details } = input;
    const notLater = {
      $or: [
        { sequence: { $lt: details.sequence } },
        { sequence: details.sequence, lastEventAt: { $lte: input.occurredAt } },
      ],
    };
    try {
      const result = await this.collection.updateOne(
        { _id: details.appointmentId, ...notLater },
        {
          $set: {
            details,
            status: input.status,
            sequence: details.sequence,
            lastEventId: input.eventId,
            lastEventAt: input.occurredAt,
            counsellorId: details.counsellorId,
            locationId: details.location.locationId,
          },
          ...(input.calendarTokenHash
            ? { $addToSet: { calendarTokenHashes: input.calendarTokenHash } }
            : { $setOnInsert: { calendarTokenHashes: [] } }),
        },
        { upsert: true },
      );
      return result.matchedCount + result.upsertedCount > 0;
    } catch (error) {
      // The upsert's insert collides with a document holding a later state: this event is stale.
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  get(appointmentId: string): Promise<AppointmentState | null> {
    return this.collection.findOne({ _id: appointmentId });
  }

  ofCounsellor(counsellorId: string, limit: number): Promise<AppointmentState[]> {
    return this.collection.find({ counsellorId }).sort({ "details.time.startsAt": 1 }).limit(limit).toArray();
  }

  atLocation(locationId: string, limit: number): Promise<AppointmentState[]> {
    return this.collection.find({ locationId }).sort({ "details.time.startsAt": 1 }).limit(limit).toArray();
  }
}
