import { randomUUID } from "node:crypto";
import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { recordConsent } from "../../domain/referral/draft-referral";
import { authorizeReferrer } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import type { RecordConsentInput } from "./record-consent.schema";

/** The referring counsellor documents the client's release (before sending). */
export class RecordConsent {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(input: RecordConsentInput, staff: StaffPrincipal): Promise<{ consentId: string }> {
    const consentId = randomUUID();
    await changeReferral(this.deps, input.referralId, (current, now) => {
      authorizeReferrer(staff, current);
      return {
        referral: recordConsent(current, consentId, input.consent, { actor: staffActorOf(staff), at: now }),
        facts: [],
      };
    });
    return { consentId };
  }
}
