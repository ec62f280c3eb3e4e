import type { OutboxEntry } from "@counselling/platform";
import type { PhoneIndex, ServiceKind } from "@counselling/contracts";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import type { ReferralStatisticsFact } from "../../domain/statistics/monthly-statistics";

/** Whose referrals a data protection officer means: by phone index, by data key ids, or both. */
export interface PersonLookup {
  phoneIndex: PhoneIndex | null;
  clientIds: readonly string[];
  /** Also those an earlier delivery of this erasure request erased already (their phone index is gone). */
  erasureRequestId?: string;
}

/** Which sent referrals statistics count: sent within [sentFrom, sentBefore), optionally of one organisation. */
export interface StatisticsScope {
  /** As sender, as recipient or as the accepting organisation. */
  organisationId: string | null;
  sentFrom: Date | null;
  sentBefore: Date | null;
}

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
  /** A person's referrals (erasure, export); empty when the lookup names nobody. */
  findForPerson(lookup: PersonLookup): Promise<Referral[]>;
  /**
   * Referrals to a service of `serviceKind` finished (final status) at or before
   * `finishedBefore` whose personal data are not yet erased: the retention job's candidates.
   */
  findDueForAnonymisation(serviceKind: ServiceKind, finishedBefore: Date, limit: number): Promise<Referral[]>;
  /** What statistics count of the sent referrals in scope (no personal data read). */
  statisticsFacts(scope: StatisticsScope): Promise<ReferralStatisticsFact[]>;
}
