import { authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { referrerListItemOf } from "../../domain/referral/referrer-view";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAudit } from "../ports/personal-data-audit.port";
import type { ReferralRepository } from "../ports/referral-repository.port";

/** A counsellor's own referrals; the list shows their client references, so the read is audited. */
export class MyReferrals {
  constructor(
    private readonly deps: { referrals: ReferralRepository; audit: PersonalDataAudit; clock: Clock },
  ) {}

  async execute(staff: StaffPrincipal) {
    authorizeStaff(staff, ["counsellor"], { organisationId: staff.organisationId });
    const referrals = await this.deps.referrals.findByReferrer(staff.organisationId, staff.staffId);
    const at = this.deps.clock();
    await this.deps.audit.recordReads(
      referrals.map((referral) => ({
        referralId: referral.referralId,
        staffId: staff.staffId,
        role: staff.role,
        organisationId: staff.organisationId,
        fields: ["client_reference"],
        purpose: "counsellor.myReferrals",
        at,
      })),
    );
    return referrals.map(referrerListItemOf);
  }
}
