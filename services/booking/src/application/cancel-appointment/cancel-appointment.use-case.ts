import { type Actor, AppointmentCancelledV1, type CancellationReason } from "@counselling/contracts";
import { type Logger, newEnvelope } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertTransition } from "../../domain/appointment/appointment-status";
import { findByManageLink } from "../manage-link/find-by-manage-link";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import { type CancelByClientInput, CancelByClientInputSchema } from "./cancel-appointment.schema";

export interface CancelAppointmentDependencies {
  appointments: AppointmentRepository;
  claims: ResourceClaims;
  clock: () => Date;
  logger: Logger;
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
    const appointment = await findByManageLink(this.deps.appointments, appointmentId, manageToken);
    return this.cancel(
      appointment,
      { kind: "client", clientId: appointment.details.client.clientId },
      "client_request",
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
    await this.deps.claims
      .release(details.appointmentId, appointment.resources, appointment.claimed)
      .catch((error: unknown) => {
        // The cancellation stands; the time stays blocked until the claim sweeper frees it.
        this.deps.logger.error(
          { err: error, appointmentId: details.appointmentId },
          "releasing claims failed",
        );
      });
    return { ...cancelled, version: appointment.version + 1 };
  }
}
