import { type ReferralOutcome, type ServiceKind, serviceTimeZone } from "@counselling/contracts";
import { DateTime } from "luxon";
import { z } from "zod";
import type { ReferralStatus } from "../referral/referral-status";

/** A calendar month, "YYYY-MM" (months are Berlin months: the network's time zone). */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");

export type Month = z.infer<typeof MonthSchema>;

/**
 * What statistics count of one sent referral: no personal data, nothing an erasure
 * touches (ADR 0011: erasure shreds keys and removes indexes, never these fields).
 */
export interface ReferralStatisticsFact {
  serviceKind: ServiceKind;
  sentAt: string;
  status: ReferralStatus;
  outcome: ReferralOutcome | null;
}

export interface MonthlyReferralCounts {
  /** The Berlin month the referrals were sent in. */
  month: Month;
  /** The kind of service they were sent to. */
  serviceKind: ServiceKind;
  sent: number;
  /** By current status (only statuses that occur). */
  byStatus: Partial<Record<ReferralStatus, number>>;
  /** Closed referrals by their outcome code. */
  byOutcome: Partial<Record<ReferralOutcome, number>>;
}

export function berlinMonthOf(instant: string): Month {
  return DateTime.fromISO(instant, { zone: serviceTimeZone }).toFormat("yyyy-MM");
}

/** The instants bounding `from` (its first Berlin midnight) to `to` (the midnight after it), either open. */
export function sentBetween(from?: Month, to?: Month): { sentFrom: Date | null; sentBefore: Date | null } {
  const startOf = (month: Month) => DateTime.fromFormat(month, "yyyy-MM", { zone: serviceTimeZone });
  return {
    sentFrom: from ? startOf(from).toJSDate() : null,
    sentBefore: to ? startOf(to).plus({ months: 1 }).toJSDate() : null,
  };
}

/** Counts per month and kind of the receiving service, ordered by month then kind. */
export function monthlyStatistics(facts: readonly ReferralStatisticsFact[]): MonthlyReferralCounts[] {
  const rows = new Map<string, MonthlyReferralCounts>();
  for (const fact of facts) {
    const month = berlinMonthOf(fact.sentAt);
    const key = `${month}|${fact.serviceKind}`;
    let row = rows.get(key);
    if (!row) {
      row = { month, serviceKind: fact.serviceKind, sent: 0, byStatus: {}, byOutcome: {} };
      rows.set(key, row);
    }
    row.sent++;
    row.byStatus[fact.status] = (row.byStatus[fact.status] ?? 0) + 1;
    if (fact.outcome) row.byOutcome[fact.outcome] = (row.byOutcome[fact.outcome] ?? 0) + 1;
  }
  return [...rows.values()].sort((a, b) =>
    a.month !== b.month ? (a.month < b.month ? -1 : 1) : a.serviceKind < b.serviceKind ? -1 : 1,
  );
}
