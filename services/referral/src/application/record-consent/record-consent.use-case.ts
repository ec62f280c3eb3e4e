import { randomUUID } from "node:crypto";
import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { recordConsent } from "../../domain/referral/draft-referral";
import { clientIdOf } from "../../domain/referral/personal-data";
import { authorizeReferrer } from "../access/referral-access";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import { referralOrNotFound } from "../shared/find-referral";
import { recordAccess } from "../shared/record-access";
import type { RecordConsentInput } from "./record-consent.schema";

/**
 * The referring counsellor documents the client's release (before sending). What the
 * client released, and how, is about the client: the change is recorded in the access
 * log before it is written.
 */
export class RecordConsent {
  constructor(
    private readonly deps: {
      referrals: ReferralRepository;
      clock: Clock;
      accessLog: PersonalDataAccessLogPort;
    },
  ) {}

  async execute(input: RecordConsentInput, staff: StaffPrincipal): Promise<{ consentId: string }> {
    const consentId = randomUUID();
    const current = await referralOrNotFound(this.deps.referrals, input.referralId);
    authorizeReferrer(staff, current);
    const attribution = { actor: staffActorOf(staff), at: this.deps.clock() };
    recordConsent(current, consentId, input.consent, attribution); // refusals before the record
    await recordAccess(this.deps.accessLog, staff, {
      action: "change",
      procedure: "counsellor.recordConsent",
      purpose: "document the client's consent to pass their data on",
      clientIds: [clientIdOf(current)],
      recordIds: [current.referralId],
      fields: ["consent"],
    });
    await changeReferral(this.deps, input.referralId, (fresh, now) => {
      authorizeReferrer(staff, fresh);
      return {
        referral: recordConsent(fresh, consentId, input.consent, { actor: staffActorOf(staff), at: now }),
        facts: [],
      };
    });
    return { consentId };
  }
}
