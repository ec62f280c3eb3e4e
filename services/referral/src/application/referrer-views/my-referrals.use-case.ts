import { authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { clientIdOf, isPersonalDataErased } from "../../domain/referral/personal-data";
import { referrerListItemOf } from "../../domain/referral/referrer-view";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";

/**
 * A counsellor's own referrals; the list shows their client references (opened for it),
 * so the read is recorded in the access log before the list is returned.
 */
export class MyReferrals {
  constructor(
    private readonly deps: {
      referrals: ReferralRepository;
      personalData: ReferralPersonalData;
      accessLog: PersonalDataAccessLogPort;
    },
  ) {}

  async execute(staff: StaffPrincipal) {
    authorizeStaff(staff, ["counsellor"], { organisationId: staff.organisationId });
    const referrals = await this.deps.referrals.findByReferrer(staff.organisationId, staff.staffId);
    const readable = referrals.filter((referral) => !isPersonalDataErased(referral));
    await recordAccess(this.deps.accessLog, staff, {
      action: "read",
      procedure: "counsellor.myReferrals",
      purpose: "list the counsellor's own referrals by their case references",
      clientIds: readable.map(clientIdOf),
      recordIds: readable.map((referral) => referral.referralId),
      fields: ["client_reference"],
    });
    // One after another: each opening may read a key from the key database.
    const items = [];
    for (const referral of referrals) {
      const clientReference = isPersonalDataErased(referral)
        ? null
        : await this.deps.personalData.openText(clientIdOf(referral), referral.clientReference);
      items.push(referrerListItemOf(referral, clientReference));
    }
    return items;
  }
}
