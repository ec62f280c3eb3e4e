import { IdSchema } from "@counselling/contracts";
import { AppError, authorizeStaff, type Logger, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import type { Appointment } from "../../domain/appointment/appointment";
import { assertTransition } from "../../domain/appointment/appointment-status";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { PersonalDataAccessRecorder } from "../ports/personal-data.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import type { GroupSessions } from "../ports/group-sessions.port";
import { freeClaimedTime } from "../book-appointment/free-claimed-time";

export const ReleaseHoldInputSchema = z.object({ appointmentId: IdSchema });
export type ReleaseHoldInput = z.input<typeof ReleaseHoldInputSchema>;

export interface ReleaseHoldDependencies {
  appointments: AppointmentRepository;
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  logger: Logger;
  accessLog: PersonalDataAccessRecorder;
}

/**
 * Lets a hold go: by the staff member who placed it, by staff of the receiving
 * organisation, or by the expiry job. The status is written first (compare-and-set, so
 * a concurrent confirmation wins cleanly), then the time is freed; if freeing fails,
 * the claim sweeper frees it later.
 */
export class ReleaseHold {
  constructor(private readonly deps: ReleaseHoldDependencies) {}

  async byStaff(input: ReleaseHoldInput, staff: StaffPrincipal): Promise<Appointment> {
    const { appointmentId } = ReleaseHoldInputSchema.parse(input);
    const held = await this.deps.appointments.findById(appointmentId);
    if (!held) throw AppError.notFound("Hold", appointmentId);
    const placedByThem = held.bookedBy.kind === "staff" && held.bookedBy.staffId === staff.staffId;
    if (!placedByThem) {
      authorizeStaff(staff, ["intake", "counsellor", "reception", "admin"], {
        organisationId: held.details.organisationId,
        locationId: held.details.location.locationId,
      });
    }
    await this.deps.accessLog.record(staff, {
      action: "change",
      procedure: "holds.release",
      purpose: "let the client's held time go",
      clientIds: [held.details.client.clientId],
      recordIds: [appointmentId],
      fields: ["appointment"],
    });
    return this.release(held);
  }

  /** Used by the expiry job: no actor, the clock decided. */
  async release(held: Appointment): Promise<Appointment> {
    assertTransition(held.status, "released");
    const released: Appointment = { ...held, status: "released" };
    await this.deps.appointments.update(released, held.version, []);
    await freeClaimedTime(this.deps, held).catch((error: unknown) => {
      this.deps.logger.warn(
        { err: error, appointmentId: held.details.appointmentId },
        "hold release deferred to the sweeper",
      );
    });
    return { ...released, version: held.version + 1 };
  }
}
