import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { revokeConsent } from "../../domain/referral/revoke-consent";
import { authorizeConsentRevocation } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import type { RevokeConsentInput } from "./revoke-consent.schema";

/**
 * The client revokes (part of) their consent, told to either side. The revoked data is
 * deleted in the same write that records the revocation and queues its event.
 */
export class RevokeConsent {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(input: RevokeConsentInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferral(this.deps, input.referralId, (current, now) => {
      authorizeConsentRevocation(staff, current);
      return revokeConsent(current, input.categories, { actor: staffActorOf(staff), at: now });
    });
    return { status: referral.status };
  }
}
