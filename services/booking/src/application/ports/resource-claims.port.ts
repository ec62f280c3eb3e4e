import type { BookableResource, TimeInterval } from "../../domain/claims/bookable-resource";
import type { ClaimUnit } from "../../domain/claims/claim-units";

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
  /** Owners of claims made before `claimedBefore` (for the sweeper), at most `limit`. */
  ownersOfClaimsBefore(claimedBefore: Date, limit: number): Promise<string[]>;
  /** Frees everything `owner` holds; idempotent. */
  releaseAll(owner: string): Promise<void>;
}
