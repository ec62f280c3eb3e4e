import type { Logger } from "@counselling/platform";
import { holdsNoTime } from "../../domain/appointment/appointment-status";
import { claimUnitsFor } from "../../domain/claims/claim-units";
import { isGroupSessionId } from "../../domain/group-session/group-session";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { GroupSessions } from "../ports/group-sessions.port";
import type { OwnedClaimUnit, ResourceClaims } from "../ports/resource-claims.port";

export interface SweepOrphanClaimsDependencies {
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  appointments: AppointmentRepository;
  clock: () => Date;
  logger: Logger;
  /** Claims younger than this may belong to a booking or a move still being written. */
  graceMs?: number;
  /** Claims looked at per run (the next run goes on where this one stopped). */
  pageSize?: number;
}

/**
 * Frees bookable time that no living appointment holds: claims whose owner never became
 * an appointment (the process died between claim and write, or the write's answer was
 * lost, ADR 0044), whose appointment was cancelled (or hold released) but whose release
 * failed, and units a living appointment holds outside its stored time (a move whose
 * answer was lost, or whose release of the old time failed). Runs as a periodic job, one
 * page of claims per run in key order, so that it reaches every claim however many
 * living appointments hold theirs (ADR 0049). Time already past is left alone: nobody can
 * book it any more.
 */
export class SweepOrphanClaims {
  private afterKey: string | null = null;

  constructor(private readonly deps: SweepOrphanClaimsDependencies) {}

  async execute(): Promise<number> {
    const now = this.deps.clock();
    const pageSize = this.deps.pageSize ?? 5_000;
    const page = await this.deps.claims.claimsToSweep({
      unitsFrom: now,
      claimedBefore: new Date(now.getTime() - (this.deps.graceMs ?? 120_000)),
      afterKey: this.afterKey,
      limit: pageSize,
    });
    // A short page was the last one: the next run starts from the first claim again.
    this.afterKey = page.length === pageSize ? (page.at(-1)?.key ?? null) : null;
    let freed = 0;
    for (const [owner, units] of byOwner(page)) freed += await this.sweep(owner, units);
    if (freed > 0) this.deps.logger.warn({ freed }, "freed claims without a living appointment");
    return freed;
  }

  /** 1 when something of this owner was freed, else 0. */
  private async sweep(owner: string, units: OwnedClaimUnit[]): Promise<number> {
    if (isGroupSessionId(owner)) {
      // A session owns its time while it has participants.
      const session = await this.deps.groupSessions.findById(owner);
      if (session && session.participants.length > 0) return 0;
      await this.deps.claims.releaseAll(owner);
      return 1;
    }
    const appointment = await this.deps.appointments.findById(owner);
    if (!appointment || holdsNoTime(appointment.status)) {
      await this.deps.claims.releaseAll(owner);
      return 1;
    }
    const held = new Set(claimUnitsFor(appointment.resources, appointment.claimed).map((unit) => unit.key));
    const stray = units.filter((unit) => !held.has(unit.key));
    if (stray.length === 0) return 0;
    await this.deps.claims.releaseUnits(owner, stray);
    return 1;
  }
}

function byOwner(units: OwnedClaimUnit[]): Map<string, OwnedClaimUnit[]> {
  const owners = new Map<string, OwnedClaimUnit[]>();
  for (const unit of units) owners.set(unit.owner, [...(owners.get(unit.owner) ?? []), unit]);
  return owners;
}
