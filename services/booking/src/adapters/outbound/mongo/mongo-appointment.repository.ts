import {
  AppError,
  batchedInsertsInto,
  compareAndSet,
  type DocumentLocks,
  documentLockKey,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  writeWithOutboxMark,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import type { AppointmentAheadReferences } from "../../../application/directory-admin/removed-entries-in-use";
import type { AppointmentRepository } from "../../../application/ports/appointment-repository.port";
import type { RetentionSweep } from "../../../application/ports/retention-sweep";
import { type Appointment, AppointmentSchema } from "../../../domain/appointment/appointment";
import { ERASED_FINGERPRINT } from "../../../domain/appointment/idempotent-appointment-id";
import type { PersonalDataErasure, PersonLookup } from "../../../domain/privacy/personal-data-marks";
import { finishedAppointmentStatuses } from "../../../domain/retention/retention-policy";
import {
  erasureUpdate,
  personFilter,
  retentionKindFilter,
  withoutPersonalDataMarks,
} from "./personal-data-filters";

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
    const id = appointment.details.appointmentId;
    try {
      await writeWithOutboxMark(this.appointments, id, events, () =>
        batchedInsertsInto(this.appointments).insertOne({
          _id: id,
          ...appointment,
          ...initialOutbox(events),
        }),
      );
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

  async referencesAhead(now: Date): Promise<AppointmentAheadReferences[]> {
    const documents = await this.appointments
      .find(
        { status: { $in: ["held", "booked", "checked_in"] }, "claimed.end": { $gt: now } },
        {
          projection: {
            "details.location.locationId": 1,
            "details.service.serviceId": 1,
            "details.counsellorId": 1,
            resources: 1,
          },
        },
      )
      .toArray();
    return documents.map((document) => ({
      locationId: document.details.location.locationId,
      serviceId: document.details.service.serviceId,
      counsellorId: document.details.counsellorId,
      resources: document.resources,
    }));
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
    // The fingerprint, like the personal data marks, is written at insert and by erasure only.
    const {
      version: _ignored,
      requestFingerprint: _fingerprint,
      ...fields
    } = withoutPersonalDataMarks(appointment);
    const id = appointment.details.appointmentId;
    const updated = await compareAndSet(
      this.locks,
      this.appointments,
      id,
      { version: expectedVersion },
      { $set: { ...fields, version: expectedVersion + 1 } },
      events,
    );
    if (!updated) {
      throw AppError.conflict("The appointment was changed meanwhile; please reload", {
        reason: "concurrent_change",
      });
    }
  }

  async findOfPerson(person: PersonLookup): Promise<Appointment[]> {
    const filter = personFilter(person, "details.client.clientId");
    if (!filter) return [];
    const documents = await this.appointments.find(filter).sort({ "details.time.startsAt": 1 }).toArray();
    return documents.map(toAppointment);
  }

  async findDueForRetention(sweep: RetentionSweep): Promise<Appointment[]> {
    const documents = await this.appointments
      .find({
        ...retentionKindFilter(sweep, "details.service.kind"),
        status: { $in: [...finishedAppointmentStatuses] },
        // ISO strings of one fixed format: string order is time order.
        "details.time.endsAt": { $lt: sweep.finishedBefore.toISOString() },
      })
      .sort({ "details.time.endsAt": 1 })
      .limit(sweep.limit)
      .toArray();
    return documents.map(toAppointment);
  }

  async markPersonalDataErased(appointmentId: string, erasure: PersonalDataErasure): Promise<void> {
    await this.locks.withLock(documentLockKey(this.appointments, appointmentId), () =>
      this.appointments.updateOne(
        { _id: appointmentId },
        erasureUpdate(erasure, { requestFingerprint: ERASED_FINGERPRINT }),
      ),
    );
  }
}

/** Strips storage fields and checks the stored shape (documents written by older versions fail loudly). */
function toAppointment(document: AppointmentDocument): Appointment {
  return AppointmentSchema.parse(document);
}
