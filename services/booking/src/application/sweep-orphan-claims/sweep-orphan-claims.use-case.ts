import type { Logger } from "@counselling/platform";
import { holdsNoTime } from "../../domain/appointment/appointment-status";
import { isGroupSessionId } from "../../domain/group-session/group-session";
import type { GroupSessions } from "../ports/group-sessions.port";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ResourceClaims } from "../ports/resource-claims.port";

export interface SweepOrphanClaimsDependencies {
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  appointments: AppointmentRepository;
  clock: () => Date;
  logger: Logger;
  /** Claims younger than this may belong to a booking still being written. */
  graceMs?: number;
}

/**
 * Frees time that no living appointment holds: claims whose owner never became
 * an appointment (the process died between claim and write) or whose
 * appointment was cancelled (or hold released) but whose release failed. Runs as a periodic job.
 */
export class SweepOrphanClaims {
  constructor(private readonly deps: SweepOrphanClaimsDependencies) {}

  async execute(): Promise<number> {
    const cutoff = new Date(this.deps.clock().getTime() - (this.deps.graceMs ?? 120_000));
    const owners = await this.deps.claims.ownersOfClaimsBefore(cutoff, 5_000);
    let freed = 0;
    for (const owner of owners) {
      if (isGroupSessionId(owner)) {
        // A session owns its time while it has participants.
        const session = await this.deps.groupSessions.findById(owner);
        if (session && session.participants.length > 0) continue;
        await this.deps.claims.releaseAll(owner);
        freed++;
        continue;
      }
      const appointment = await this.deps.appointments.findById(owner);
      if (appointment && !holdsNoTime(appointment.status)) continue;
      await this.deps.claims.releaseAll(owner);
      freed++;
    }
    if (freed > 0) this.deps.logger.warn({ freed }, "freed claims without a living appointment");
    return freed;
  }
}
