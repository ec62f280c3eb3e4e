import type { Actor } from "@counselling/contracts";
import { expireReferral, isOverdueForAcceptance } from "../../domain/referral/withdraw-referral";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";

const expiryJob: Actor = { kind: "system", component: "referral/expiry-job" };
const BATCH = 100;

/**
 * Expires referrals not accepted within their working-day deadline. Run by a periodic
 * job on one replica at a time; each expiry is still a compare-and-set that re-checks the
 * deadline on the fresh state, so an acceptance at the last moment wins over the job.
 * One referral after another: FerretDB's pool does not like many concurrent updates.
 */
export class ExpireOverdueReferrals {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(): Promise<number> {
    const overdue = await this.deps.referrals.findOverdueForAcceptance(this.deps.clock(), BATCH);
    let expired = 0;
    for (const candidate of overdue) {
      const change = await changeReferral(this.deps, candidate.referralId, (current, now) =>
        isOverdueForAcceptance(current, now)
          ? expireReferral(current, { actor: expiryJob, at: now })
          : { referral: current, facts: [] },
      );
      if (change.referral.status === "expired" && change.facts.length > 0) expired++;
    }
    return expired;
  }
}
