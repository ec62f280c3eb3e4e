import type { OutboxEntry } from "@counselling/platform";
import type { ServiceKind } from "@counselling/contracts";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralStatus } from "../../domain/referral/referral-status";

/** Referrals and the events their changes cause, always written together (one document). */
export interface ReferralRepository {
  /** Inserts a new referral with its events; CONFLICT (reason `referral_exists`) if the id is taken. */
  insert(referral: Referral, events: OutboxEntry[]): Promise<void>;
  findById(referralId: string): Promise<Referral | null>;
  /**
   * Replaces the referral if it is still at `expectedRevision`, raising the revision,
   * with its events; CONFLICT (reason `concurrent_change`) otherwise.
   */
  update(referral: Referral, expectedRevision: number, events: OutboxEntry[]): Promise<void>;
  /** A counsellor's referrals, newest first. */
  findByReferrer(organisationId: string, counsellorId: string): Promise<Referral[]>;
  /** Candidates for a receiving service's inbox (narrowed further by the inbox scope). */
  findForInbox(serviceKind: ServiceKind, statuses: readonly ReferralStatus[]): Promise<Referral[]>;
  /** Referrals still awaiting acceptance whose deadline (acceptBy) is at or before `now`. */
  findOverdueForAcceptance(now: Date, limit: number): Promise<Referral[]>;
}
