import { AppointmentCheckedInV1, AppointmentCompletedV1, AppointmentNoShowV1 } from "@counselling/contracts";
import {
  AppError,
  authorizeStaff,
  newEnvelope,
  type StaffPrincipal,
  staffActorOf,
} from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertTransition } from "../../domain/appointment/appointment-status";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";

/** What reception records about a client's visit, and the event each one publishes. */
const outcomes = {
  checked_in: AppointmentCheckedInV1,
  no_show: AppointmentNoShowV1,
  completed: AppointmentCompletedV1,
} as const;

export type AttendanceOutcome = keyof typeof outcomes;

export interface RecordAttendanceDependencies {
  appointments: AppointmentRepository;
  clock: () => Date;
  accessLog: PersonalDataAccessRecorder;
}

/**
 * Reception's day: check-in, no-show, completed. Each is a status transition
 * (invalid ones refused with a clear error) written with its event, which the
 * referral service uses to close the loop (attended / not attended).
 * Reception, counsellors and admins of the appointment's organisation (and
 * location, for location-bound tokens) may record it. Whether someone came to a
 * counselling service is personal data too: the change is in the access log.
 */
export class RecordAttendance {
  constructor(private readonly deps: RecordAttendanceDependencies) {}

  async execute(
    appointmentId: string,
    outcome: AttendanceOutcome,
    staff: StaffPrincipal,
  ): Promise<Appointment> {
    const current = await this.deps.appointments.findById(appointmentId);
    if (!current) throw AppError.notFound("Appointment", appointmentId);
    authorizeStaff(staff, ["reception", "counsellor", "admin"], {
      organisationId: current.details.organisationId,
      locationId: current.details.location.locationId,
    });
    const actor = staffActorOf(staff);
    assertTransition(current.status, outcome);
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "reception.recordAttendance",
      purpose: "record whether the client came",
      clientIds: [current.details.client.clientId],
      recordIds: [appointmentId],
      fields: ["attendance"],
    });
    const now = this.deps.clock();
    const updated: Appointment = { ...current, status: outcome };
    const definition = outcomes[outcome];
    const event = newEnvelope(definition, {
      subject: appointmentId,
      source: "booking",
      occurredAt: now,
      data: { ...current.details, actor, at: now.toISOString() },
    });
    await this.deps.appointments.update(updated, current.version, [
      { topic: definition.topic, envelope: event },
    ]);
    return { ...updated, version: current.version + 1 };
  }
}
