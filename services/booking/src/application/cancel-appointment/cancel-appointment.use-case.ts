import { type Actor, AppointmentCancelledV1, type CancellationReason } from "@counselling/contracts";
import {
  AppError,
  authorizeStaff,
  type Logger,
  newEnvelope,
  type StaffPrincipal,
  staffActorOf,
} from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertTransition } from "../../domain/appointment/appointment-status";
import { findByManageLink } from "../manage-link/find-by-manage-link";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import type { GroupSessions } from "../ports/group-sessions.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import { fieldsOf } from "../personal-data/seal-client";
import { freeClaimedTime } from "../book-appointment/free-claimed-time";
import {
  type CancelByClientInput,
  CancelByClientInputSchema,
  type CancelByStaffInput,
  CancelByStaffInputSchema,
} from "./cancel-appointment.schema";

export interface CancelAppointmentDependencies {
  appointments: AppointmentRepository;
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  clock: () => Date;
  logger: Logger;
  accessLog: PersonalDataAccessRecorder;
  /** Days after the appointment's end during which its manage link still works. */
  manageLinkGraceDays: number;
}

/**
 * Cancels an appointment: the state change and its `appointment.cancelled`
 * event (SEQUENCE raised, so calendars drop the entry) are one write; then the
 * claimed time is freed for others. A cancelled appointment stays cancelled:
 * its link can neither cancel again nor move it.
 */
export class CancelAppointment {
  constructor(private readonly deps: CancelAppointmentDependencies) {}

  /** By the client, with the manage link's secret. */
  async byClient(input: CancelByClientInput): Promise<Appointment> {
    const { appointmentId, manageToken } = CancelByClientInputSchema.parse(input);
    const appointment = await findByManageLink(this.deps, appointmentId, manageToken);
    return this.cancel(
      appointment,
      { kind: "client", clientId: appointment.details.client.clientId },
      "client_request",
      null,
    );
  }

  /** By staff of the appointment's organisation (and location), with a reason for the record. */
  async byStaff(input: CancelByStaffInput, staff: StaffPrincipal): Promise<Appointment> {
    const { appointmentId, reason, reasonNote } = CancelByStaffInputSchema.parse(input);
    const appointment = await this.deps.appointments.findById(appointmentId);
    if (!appointment) throw AppError.notFound("Appointment", appointmentId);
    authorizeStaff(staff, ["reception", "counsellor", "intake", "admin"], {
      organisationId: appointment.details.organisationId,
      locationId: appointment.details.location.locationId,
    });
    // Staff change the client's appointment and see it, the client with it, in the answer.
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "appointments.cancelByStaff",
      purpose: "cancel the client's appointment",
      clientIds: [appointment.details.client.clientId],
      recordIds: [appointmentId],
      fields: ["appointment", ...fieldsOf({ phone: appointment.details.client.sealedPhone })],
    });
    return this.cancel(appointment, staffActorOf(staff), reason, reasonNote);
  }

  /** By the client answering "2" to an SMS: notify matched the reply to this appointment. */
  async bySmsReply(appointment: Appointment): Promise<Appointment> {
    return this.cancel(
      appointment,
      { kind: "client", clientId: appointment.details.client.clientId },
      "client_sms_reply",
      null,
    );
  }

  private async cancel(
    appointment: Appointment,
    actor: Actor,
    reason: CancellationReason,
    reasonNote: string | null,
  ): Promise<Appointment> {
    assertTransition(appointment.status, "cancelled");
    const now = this.deps.clock();
    const details = { ...appointment.details, sequence: appointment.details.sequence + 1 };
    const cancelled: Appointment = { ...appointment, status: "cancelled", details };
    const event = newEnvelope(AppointmentCancelledV1, {
      subject: details.appointmentId,
      source: "booking",
      occurredAt: now,
      data: { ...details, actor, at: now.toISOString(), reason, reasonNote },
    });
    await this.deps.appointments.update(cancelled, appointment.version, [
      { topic: AppointmentCancelledV1.topic, envelope: event },
    ]);
    await freeClaimedTime(this.deps, appointment).catch((error: unknown) => {
      // The cancellation stands; the time stays blocked until the claim sweeper frees it.
      this.deps.logger.error({ err: error, appointmentId: details.appointmentId }, "releasing claims failed");
    });
    return { ...cancelled, version: appointment.version + 1 };
  }
}
