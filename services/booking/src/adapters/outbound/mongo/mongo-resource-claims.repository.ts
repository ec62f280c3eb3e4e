import { randomUUID } from "node:crypto";
import { AppError, isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import type { ResourceClaims } from "../../../application/ports/resource-claims.port";
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
 * Claims as one document per resource and five-minute unit, inserted in one
 * ordered `insertMany`: the first unit someone else holds fails the insert with
 * a duplicate key, and whatever this call inserted is removed again. No
 * read-then-write check anywhere; the unique `_id` decides. (FerretDB v1
 * inserts each batch of up to 100 documents in one SQLite transaction, so a
 * normal booking's claim is all-or-nothing there even before the removal.)
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
    try {
      await this.claims.insertMany(
        units.map((unit) => toDocument(unit, owner, attempt, claimedAt)),
        { ordered: true },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const failedAt = failedIndex(error, units.length);
      // All units, not only those before the failure: FerretDB v1 does not stop an
      // ordered insert at the first error (it goes on with the next batch of 100).
      await this.claims.deleteMany({ attempt });
      const taken = units[failedAt]?.resource.kind ?? "counsellor";
      throw AppError.conflict(conflictMessage(taken), {
        reason: `${taken}_taken`,
        details: { resource: taken },
      });
    }
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

  async ownersOfClaimsBefore(claimedBefore: Date, limit: number): Promise<string[]> {
    const claims = await this.claims
      .find({ claimedAt: { $lt: claimedBefore } }, { projection: { owner: 1 } })
      .limit(limit)
      .toArray();
    return [...new Set(claims.map((claim) => claim.owner))];
  }

  async releaseAll(owner: string): Promise<void> {
    await this.claims.deleteMany({ owner });
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

/** Index of the document that hit the duplicate key (ordered insert stops there). */
function failedIndex(error: unknown, total: number): number {
  const writeErrors = (error as { writeErrors?: Array<{ index: number }> | { index: number } }).writeErrors;
  const first = Array.isArray(writeErrors) ? writeErrors[0] : writeErrors;
  return first?.index ?? total;
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
