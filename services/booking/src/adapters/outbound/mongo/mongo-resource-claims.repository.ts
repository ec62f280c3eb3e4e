import { randomUUID } from "node:crypto";
import { AppError, batchedInsertsInto } from "@counselling/platform";
import type { Collection } from "mongodb";
import type { OwnedClaimUnit, ResourceClaims } from "../../../application/ports/resource-claims.port";
import type { BookableResource, ResourceKind, TimeInterval } from "../../../domain/claims/bookable-resource";
import { CLAIM_UNIT_MINUTES, type ClaimUnit, claimUnitsFor } from "../../../domain/claims/claim-units";

export interface ClaimDocument {
  /** `<kind>:<resourceId>:<unit start ISO>`: the unique key that makes overlaps impossible. */
  _id: string;
  owner: string;
  /** The claim call that wrote it: a failed attempt removes only its own units, never those of a concurrent replay with the same owner. */
  attempt: string;
  kind: ResourceKind;
  resourceId: string;
  unitStart: Date;
  claimedAt: Date;
}

/**
 * Claims as one document per resource and five-minute unit, all inserted at once
 * (with the claims of concurrent bookings, in one unordered `insertMany`): any unit
 * someone else holds comes back as a duplicate key, and whatever this call inserted
 * is removed again. No read-then-write check anywhere; the unique `_id` decides.
 * Within one batch the earlier booking's units come first, so of two bookings for
 * the same time exactly one gets them all.
 *
 * A process that dies between the insert and the removal leaves claims of an
 * appointment that never existed; `owner` lets a sweeper find and free them.
 */
export class MongoResourceClaims implements ResourceClaims {
  constructor(private readonly claims: Collection<ClaimDocument>) {}

  async claim(owner: string, resources: BookableResource[], interval: TimeInterval): Promise<void> {
    await this.claimUnits(owner, claimUnitsFor(resources, interval));
  }

  async claimUnits(owner: string, units: ClaimUnit[]): Promise<void> {
    if (units.length === 0) return;
    const claimedAt = new Date();
    const attempt = randomUUID();
    const documents = units.map((unit) => toDocument(unit, owner, attempt, claimedAt));
    // Batched with the claims of concurrent bookings (ADR 0043); unordered, so every unit
    // someone else holds comes back, and the units this call did insert are removed again.
    const taken = await batchedInsertsInto(this.claims).insert(documents);
    if (taken.length === 0) return;
    const takenAt = new Set(taken);
    const inserted = documents.filter((_, index) => !takenAt.has(index));
    if (inserted.length > 0) {
      await this.claims.bulkWrite(
        // By `_id` alone (any other filter scans on FerretDB): these units are this call's own.
        inserted.map((document) => ({ deleteOne: { filter: { _id: document._id } } })),
        { ordered: false },
      );
    }
    const first = Math.min(...taken);
    // Held by this very owner: an earlier attempt of the same request (a retry after a lost
    // answer, a double click), whose claims the orphan sweeper frees if it never became an
    // appointment (ADR 0044). Not "taken": the client should try again shortly.
    const firstTaken = documents[first];
    const holder = firstTaken
      ? await this.claims.findOne({ _id: firstTaken._id }, { projection: { owner: 1 } })
      : null;
    if (holder?.owner === owner) {
      throw new AppError(
        "UNAVAILABLE",
        "An earlier attempt of this booking is still being settled; please try again in a few minutes",
        { reason: "earlier_attempt_unsettled" },
      );
    }
    const kind = units[first]?.resource.kind ?? "counsellor";
    throw AppError.conflict(conflictMessage(kind), { reason: `${kind}_taken`, details: { resource: kind } });
  }

  async release(owner: string, resources: BookableResource[], interval: TimeInterval): Promise<void> {
    await this.removeOwned(owner, claimUnitsFor(resources, interval));
  }

  async releaseUnits(owner: string, units: ClaimUnit[]): Promise<void> {
    await this.removeOwned(owner, units);
  }

  async busyIntervals(
    resource: BookableResource,
    from: Date,
    to: Date,
    ignoreOwnersStartingWith?: string,
  ): Promise<TimeInterval[]> {
    const units = await this.claims
      .find(
        { kind: resource.kind, resourceId: resource.id, unitStart: { $gte: from, $lt: to } },
        { projection: { unitStart: 1, owner: 1 } },
      )
      .toArray();
    return mergeUnits(
      units
        .filter((unit) => !ignoreOwnersStartingWith || !unit.owner.startsWith(ignoreOwnersStartingWith))
        .map((unit) => unit.unitStart.getTime())
        .sort((a, b) => a - b),
    );
  }

  async claimsToSweep(page: {
    unitsFrom: Date;
    claimedBefore: Date;
    afterKey: string | null;
    limit: number;
  }): Promise<OwnedClaimUnit[]> {
    const documents = await this.claims
      .find({
        unitStart: { $gte: page.unitsFrom },
        claimedAt: { $lt: page.claimedBefore },
        ...(page.afterKey === null ? {} : { _id: { $gt: page.afterKey } }),
      })
      .sort({ _id: 1 })
      .limit(page.limit)
      .toArray();
    return documents.map((document) => ({
      key: document._id,
      owner: document.owner,
      resource: { kind: document.kind, id: document.resourceId },
      unitStart: document.unitStart,
    }));
  }

  async releaseAll(owner: string): Promise<void> {
    await this.claims.deleteMany({ owner });
  }

  async forgetUnitsBefore(before: Date): Promise<number> {
    const { deletedCount } = await this.claims.deleteMany({ unitStart: { $lt: before } });
    return deletedCount;
  }

  /** Deletes only units this owner holds (a unit may already belong to someone else), in one round trip. */
  private async removeOwned(owner: string, units: ClaimUnit[]): Promise<void> {
    if (units.length === 0) return;
    await this.claims.deleteMany({ _id: { $in: units.map((unit) => unit.key) }, owner });
  }
}

function toDocument(unit: ClaimUnit, owner: string, attempt: string, claimedAt: Date): ClaimDocument {
  return {
    _id: unit.key,
    owner,
    attempt,
    kind: unit.resource.kind,
    resourceId: unit.resource.id,
    unitStart: unit.unitStart,
    claimedAt,
  };
}

/** Consecutive five-minute units become one interval. */
function mergeUnits(starts: number[]): TimeInterval[] {
  const unitMs = CLAIM_UNIT_MINUTES * 60_000;
  const intervals: TimeInterval[] = [];
  for (const start of starts) {
    const last = intervals.at(-1);
    if (last && last.end.getTime() === start) last.end = new Date(start + unitMs);
    else intervals.push({ start: new Date(start), end: new Date(start + unitMs) });
  }
  return intervals;
}

function conflictMessage(kind: ResourceKind): string {
  switch (kind) {
    case "counsellor":
      return "The counsellor is already booked at this time";
    case "room":
      return "The room is already booked at this time";
    case "interpreter":
      return "The interpreter is already booked at this time";
  }
}
