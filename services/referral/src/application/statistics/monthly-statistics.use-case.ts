import { authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import {
  type MonthlyReferralCounts,
  monthlyStatistics,
  sentBetween,
} from "../../domain/statistics/monthly-statistics";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { MonthlyStatisticsInput } from "./monthly-statistics.schema";

export interface MonthlyStatisticsReply {
  /** Null: the whole network (the data protection officer without a filter). */
  organisationId: string | null;
  from: string | null;
  to: string | null;
  months: MonthlyReferralCounts[];
}

/**
 * Anonymous referral statistics per programme (issue 8): sent referrals per month (Berlin)
 * and receiving service kind, by status and outcome. No personal data is read, and
 * erasure and retention never change what is counted, so the numbers are the same before
 * and after. Admins and coordinators see their own organisation's (as sender or
 * recipient); the data protection officer any organisation's or the network's.
 */
export class MonthlyReferralStatistics {
  constructor(private readonly deps: { referrals: ReferralRepository }) {}

  async execute(input: MonthlyStatisticsInput, staff: StaffPrincipal): Promise<MonthlyStatisticsReply> {
    let organisationId: string | null;
    if (staff.role === "dpo") {
      organisationId = input.organisationId ?? null;
    } else {
      organisationId = input.organisationId ?? staff.organisationId;
      authorizeStaff(staff, ["admin", "coordinator"], { organisationId });
    }
    const { sentFrom, sentBefore } = sentBetween(input.from, input.to);
    const facts = await this.deps.referrals.statisticsFacts({ organisationId, sentFrom, sentBefore });
    return {
      organisationId,
      from: input.from ?? null,
      to: input.to ?? null,
      months: monthlyStatistics(facts),
    };
  }
}
