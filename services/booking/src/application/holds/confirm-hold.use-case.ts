import { type Actor, AppointmentBookedV1, IdSchema } from "@counselling/contracts";
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
import type { AppointmentView, AppointmentViews } from "../personal-data/client-views";
import { fieldsOf } from "../personal-data/seal-client";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import { assertHoldLive } from "./hold-expiry";

export const ConfirmHoldInputSchema = z.object({ appointmentId: IdSchema });
export type ConfirmHoldInput = z.input<typeof ConfirmHoldInputSchema>;

/**
 * Turns a live hold into an appointment: the receiving service's staff accept the warm
 * handover. The status change and `appointment.booked` (with a fresh manage link) are one
 * write, compare-and-set against the expiry job, so a hold is either confirmed or
 * released, never both. The answer shows the client in the clear: staff confirming are
 * recorded in the access log first.
 */
export class ConfirmHold {
  constructor(
    private readonly deps: {
      appointments: AppointmentRepository;
      clock: () => Date;
      manageBaseUrl: string;
      views: AppointmentViews;
      accessLog: PersonalDataAccessRecorder;
    },
  ) {}

  async execute(
    input: ConfirmHoldInput,
    staff: StaffPrincipal,
  ): Promise<{ appointment: AppointmentView; manageToken: string }> {
    const { appointmentId } = ConfirmHoldInputSchema.parse(input);
    const held = await this.deps.appointments.findById(appointmentId);
    if (!held) throw AppError.notFound("Hold", appointmentId);
    authorizeStaff(staff, ["intake", "counsellor", "reception", "admin"], {
      organisationId: held.details.organisationId,
      locationId: held.details.location.locationId,
    });
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "holds.confirm",
      purpose: "turn the client's held time into their appointment",
      clientIds: [held.details.client.clientId],
      recordIds: [appointmentId],
      fields: fieldsOf({ phone: held.details.client.sealedPhone }),
    });
    return this.confirm(held, staffActorOf(staff));
  }

  /** Confirms on behalf of `actor` (staff above; the client taking a waitlist offer). */
  async confirm(
    held: Appointment,
    actor: Actor,
  ): Promise<{ appointment: AppointmentView; manageToken: string }> {
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
    return { appointment: await this.deps.views.of(held), manageToken: token.token };
  }
}
