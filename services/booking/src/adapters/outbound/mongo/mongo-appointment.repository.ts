import {
  AppError,
  type DocumentLocks,
  documentLockKey,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  withOutbox,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import type { AppointmentRepository } from "../../../application/ports/appointment-repository.port";
import { type Appointment, AppointmentSchema } from "../../../domain/appointment/appointment";

/** Stored shape: the aggregate under its id, plus the outbox fields the relay works on. */
export type AppointmentDocument = Appointment & { _id: string };

/**
 * Appointments in MongoDB. Every write carries the events it causes in the
 * same single-document write (outbox, ADR 3); updates are compare-and-set on
 * `version` under the document's lock (FerretDB can't compare-and-set by itself,
 * ADR 0009), so two concurrent changes cannot both win.
 */
export class MongoAppointmentRepository implements AppointmentRepository {
  constructor(
    private readonly appointments: Collection<AppointmentDocument>,
    private readonly locks: DocumentLocks,
  ) {}

  async insert(appointment: Appointment, events: OutboxEntry[]): Promise<void> {
    try {
      await this.appointments.insertOne({
        _id: appointment.details.appointmentId,
        ...appointment,
        ...initialOutbox(events),
      });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw AppError.conflict("This appointment exists already", { reason: "appointment_exists" });
      throw error;
    }
  }

  async findById(appointmentId: string): Promise<Appointment | null> {
    const document = await this.appointments.findOne({ _id: appointmentId });
    return document ? toAppointment(document) : null;
  }

  async findAtLocation(locationId: string, from: Date, to: Date): Promise<Appointment[]> {
    // Instants are stored as ISO strings of one fixed format, so string order is time order.
    const documents = await this.appointments
      .find({
        "details.location.locationId": locationId,
        "details.time.startsAt": { $gte: from.toISOString(), $lt: to.toISOString() },
      })
      .sort({ "details.time.startsAt": 1 })
      .toArray();
    return documents.map(toAppointment);
  }

  async findHoldsExpiredBy(now: Date, limit: number): Promise<Appointment[]> {
    const documents = await this.appointments
      .find({ status: "held", holdExpiresAt: { $lte: now } })
      .sort({ holdExpiresAt: 1 })
      .limit(limit)
      .toArray();
    return documents.map(toAppointment);
  }

  async update(appointment: Appointment, expectedVersion: number, events: OutboxEntry[]): Promise<void> {
    const { version: _ignored, ...fields } = appointment;
    const id = appointment.details.appointmentId;
    const result = await this.locks.withLock(documentLockKey(this.appointments, id), () =>
      this.appointments.updateOne(
        { _id: id, version: expectedVersion },
        withOutbox({ $set: { ...fields, version: expectedVersion + 1 } }, events),
      ),
    );
    if (result.matchedCount === 0) {
      throw AppError.conflict("The appointment was changed meanwhile; please reload", {
        reason: "concurrent_change",
      });
    }
  }
}

/** Strips storage fields and checks the stored shape (documents written by older versions fail loudly). */
function toAppointment(document: AppointmentDocument): Appointment {
  return AppointmentSchema.parse(document);
}
