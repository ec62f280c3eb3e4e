import { AppointmentRescheduledV1 } from "@counselling/contracts";
import { AppError, newEnvelope } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertReschedulable } from "../../domain/appointment/appointment-status";
import { manageUrlFor, newManageToken } from "../../domain/appointment/manage-token";
import { type ClaimUnit, claimUnitsFor } from "../../domain/claims/claim-units";
import { checkSlotWithinRules } from "../book-appointment/check-slot-within-rules";
import { findByManageLink } from "../manage-link/find-by-manage-link";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import { type RescheduleByClientInput, RescheduleByClientInputSchema } from "./reschedule-appointment.schema";

export interface RescheduleAppointmentDependencies {
  directory: DirectoryReader;
  claims: ResourceClaims;
  appointments: AppointmentRepository;
  clock: () => Date;
  manageBaseUrl: string;
  /** Days after the appointment's end during which its manage link still works. */
  manageLinkGraceDays: number;
}

/**
 * Moves an appointment, atomically for the client: the new time is claimed
 * first (only the units not already held), then the appointment and its
 * `appointment.rescheduled` event are written with a new manage token (the old
 * link stops working), and only then is the old time freed. If anything fails
 * before the write, the appointment keeps its old time and nothing else changes.
 */
export class RescheduleAppointment {
  constructor(private readonly deps: RescheduleAppointmentDependencies) {}

  async byClient(input: RescheduleByClientInput): Promise<{ appointment: Appointment; manageToken: string }> {
    const request = RescheduleByClientInputSchema.parse(input);
    const current = await findByManageLink(this.deps, request.appointmentId, request.manageToken);
    assertReschedulable(current.status);
    if (current.groupSessionId) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "A place in a group session can't be moved; cancel it and book another session",
        {
          reason: "group_session_not_movable",
        },
      );
    }
    const context = this.contextOf(current);
    const now = this.deps.clock();
    const startsAt = new Date(request.startsAt);
    const { endsAt, claimed } = checkSlotWithinRules(context, startsAt, now);
    const { added, dropped } = unitChanges(current, claimed);
    const owner = current.details.appointmentId;
    await this.deps.claims.claimUnits(owner, added).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "CONFLICT") {
        throw AppError.conflict("This time is not free any more", { reason: "slot_taken" });
      }
      throw error;
    });

    const token = newManageToken();
    const details = {
      ...current.details,
      time: { ...current.details.time, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
      sequence: current.details.sequence + 1,
    };
    const moved: Appointment = { ...current, details, claimed, manageTokenHash: token.hash };
    const actor = { kind: "client" as const, clientId: current.details.client.clientId };
    try {
      const event = newEnvelope(AppointmentRescheduledV1, {
        subject: owner,
        source: "booking",
        occurredAt: now,
        data: {
          ...details,
          actor,
          at: now.toISOString(),
          previousTime: current.details.time,
          manageUrl: manageUrlFor(this.deps.manageBaseUrl, owner, token.token),
        },
      });
      await this.deps.appointments.update(moved, current.version, [
        { topic: AppointmentRescheduledV1.topic, envelope: event },
      ]);
    } catch (error) {
      // A lost answer (a timeout, a restart) may hide a move that was written: the stored
      // appointment tells. Moved: finish as if answered. Not moved (or a refusal): free the new time.
      const movedAfterAll = !(error instanceof AppError) && (await this.wasMoved(owner, details.sequence));
      if (!movedAfterAll) {
        await this.deps.claims.releaseUnits(owner, added);
        throw error;
      }
    }
    await this.deps.claims.releaseUnits(owner, dropped);
    return { appointment: { ...moved, version: current.version + 1 }, manageToken: token.token };
  }

  /** Whether the stored appointment carries this move; if that can't be read, the claims of both times stay. */
  private async wasMoved(appointmentId: string, sequence: number): Promise<boolean> {
    const stored = await this.deps.appointments.findById(appointmentId);
    return stored !== null && stored.details.sequence >= sequence;
  }

  private contextOf(appointment: Appointment) {
    const { details } = appointment;
    const service = this.deps.directory.service(details.service.serviceId);
    const location = this.deps.directory.location(details.location.locationId);
    const counsellor = this.deps.directory.counsellor(details.counsellorId);
    const organisation = this.deps.directory.organisation(details.organisationId);
    if (!service || !location || !counsellor || !organisation) {
      throw new AppError("GONE", "This appointment's service is no longer offered; please call us", {
        reason: "service_withdrawn",
      });
    }
    return { service, location, counsellor, organisation };
  }
}

/** Units to claim for the new time, and units of the old time to free afterwards. */
function unitChanges(
  current: Appointment,
  claimed: { start: Date; end: Date },
): { added: ClaimUnit[]; dropped: ClaimUnit[] } {
  const before = claimUnitsFor(current.resources, current.claimed);
  const after = claimUnitsFor(current.resources, claimed);
  const beforeKeys = new Set(before.map((unit) => unit.key));
  const afterKeys = new Set(after.map((unit) => unit.key));
  return {
    added: after.filter((unit) => !beforeKeys.has(unit.key)),
    dropped: before.filter((unit) => !afterKeys.has(unit.key)),
  };
}
