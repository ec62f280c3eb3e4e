import { type Actor, AppointmentBookedV1, type AppointmentDetails, IdSchema } from "@counselling/contracts";
import {
  AppError,
  authorizeStaff,
  newEnvelope,
  type StaffPrincipal,
  staffActorOf,
} from "@counselling/platform";
import { z } from "zod";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertTransition } from "../../domain/appointment/appointment-status";
import { manageUrlFor, newManageToken } from "../../domain/appointment/manage-token";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import { assertHoldLive } from "./hold-expiry";

export const ConfirmHoldInputSchema = z.object({ appointmentId: IdSchema });
export type ConfirmHoldInput = z.input<typeof ConfirmHoldInputSchema>;

/**
 * Turns a live hold into an appointment: the receiving service's staff accept the warm
 * handover. The status change and `appointment.booked` (with a fresh manage link) are one
 * write, compare-and-set against the expiry job, so a hold is either confirmed or
 * released, never both.
 */
export class ConfirmHold {
  constructor(
    private readonly deps: { appointments: AppointmentRepository; clock: () => Date; manageBaseUrl: string },
  ) {}

  async execute(
    input: ConfirmHoldInput,
    staff: StaffPrincipal,
  ): Promise<{ appointment: AppointmentDetails; manageToken: string }> {
    const { appointmentId } = ConfirmHoldInputSchema.parse(input);
    const held = await this.deps.appointments.findById(appointmentId);
    if (!held) throw AppError.notFound("Hold", appointmentId);
    authorizeStaff(staff, ["intake", "counsellor", "reception", "admin"], {
      organisationId: held.details.organisationId,
      locationId: held.details.location.locationId,
    });
    return this.confirm(held, staffActorOf(staff));
  }

  /** Confirms on behalf of `actor` (staff above; the client taking a waitlist offer). */
  async confirm(
    held: Appointment,
    actor: Actor,
  ): Promise<{ appointment: AppointmentDetails; manageToken: string }> {
    const appointmentId = held.details.appointmentId;
    const now = this.deps.clock();
    assertHoldLive(held, now);
    assertTransition(held.status, "booked");
    const token = newManageToken();
    const booked: Appointment = {
      ...held,
      status: "booked",
      holdExpiresAt: null,
      manageTokenHash: token.hash,
    };
    const event = newEnvelope(AppointmentBookedV1, {
      subject: appointmentId,
      source: "booking",
      occurredAt: now,
      data: {
        ...held.details,
        actor,
        at: now.toISOString(),
        sequence: 0,
        manageUrl: manageUrlFor(this.deps.manageBaseUrl, appointmentId, token.token),
      },
    });
    await this.deps.appointments.update(booked, held.version, [
      { topic: AppointmentBookedV1.topic, envelope: event },
    ]);
    return { appointment: held.details, manageToken: token.token };
  }
}
