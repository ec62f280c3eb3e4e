import type { BookableResource, TimeInterval } from "../../domain/claims/bookable-resource";
import type { ClaimUnit } from "../../domain/claims/claim-units";

/** A stored claim: the unit and who holds it. */
export interface OwnedClaimUnit extends ClaimUnit {
  owner: string;
}

/**
 * Exclusive use of counsellors, rooms and interpreters over time, enforced by
 * the database: all requested resources are claimed for the whole interval,
 * or none is (a CONFLICT AppError names the kind of the first taken resource; UNAVAILABLE
 * `earlier_attempt_unsettled` when the same owner holds them from an earlier attempt).
 */
export interface ResourceClaims {
  claim(owner: string, resources: BookableResource[], interval: TimeInterval): Promise<void>;
  /** The same for explicit units (a reschedule claims only the units it does not hold yet). */
  claimUnits(owner: string, units: ClaimUnit[]): Promise<void>;
  /** Frees these units where `owner` holds them; idempotent. */
  releaseUnits(owner: string, units: ClaimUnit[]): Promise<void>;
  /** Frees what `owner` holds of these resources in this interval; idempotent. */
  release(owner: string, resources: BookableResource[], interval: TimeInterval): Promise<void>;
  /**
   * The time a resource is claimed in [from, to), merged into intervals (buffers included),
   * leaving out claims whose owner starts with `ignoreOwnersStartingWith` (a group service's
   * own sessions, which are joinable rather than busy).
   */
  busyIntervals(
    resource: BookableResource,
    from: Date,
    to: Date,
    ignoreOwnersStartingWith?: string,
  ): Promise<TimeInterval[]>;
  /**
   * For the sweeper: claims on time from `unitsFrom` on, made before `claimedBefore`, in key
   * order after `afterKey` (null: from the first), at most `limit`.
   */
  claimsToSweep(page: {
    unitsFrom: Date;
    claimedBefore: Date;
    afterKey: string | null;
    limit: number;
  }): Promise<OwnedClaimUnit[]>;
  /** Frees everything `owner` holds; idempotent. */
  releaseAll(owner: string): Promise<void>;
  /** Deletes the claims of units that began before `before` (time nobody can book); how many. */
  forgetUnitsBefore(before: Date): Promise<number>;
}
