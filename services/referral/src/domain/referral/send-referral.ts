import { categoriesPresentIn, type ConsentDataCategory } from "@counselling/contracts";
import { workingDayDeadline } from "../calendar/working-days";
import { type Attribution, moveTo, transitionData } from "./apply-transition";
import { assertConsentUsable, consentSummaryOf, releasedCategoriesOf } from "./consent-record";
import type { Referral } from "./referral";
import { onlyReleased } from "./receiver-view";
import type { ReferralChange } from "./referral-facts";
import { assertTransition } from "./referral-status";

/** A sent referral, and the categories of the draft the consent did not release (now deleted). */
export interface SentReferral extends ReferralChange {
  withheldCategories: ConsentDataCategory[];
}

/**
 * Sends a draft, only with a usable consent. Data the draft holds in categories the
 * consent does not release is withheld: deleted from the referral in the same write
 * (data minimisation: from now on the document holds only what was released) and named
 * in the result, so the counsellor sees what did not go. The acceptance deadline runs in
 * working days of the receiving Land, as many as the receiving service takes (decided
 * from booking's directory when sending; the draft's provisional value otherwise).
 */
export function sendReferral(
  referral: Referral,
  attribution: Attribution,
  acceptWithinWorkingDays: number = referral.acceptWithinWorkingDays,
): SentReferral {
  assertTransition(referral.status, "sent");
  const consent = assertConsentUsable(referral.consent, attribution.at);
  const released = releasedCategoriesOf(consent);
  const withheldCategories = categoriesPresentIn(referral.sharedData).filter(
    (category) => !released.includes(category),
  );

  const acceptBy = workingDayDeadline(
    attribution.at,
    acceptWithinWorkingDays,
    referral.to.federalState,
  ).toISOString();
  const sent = moveTo(referral, "sent", attribution, {
    sentAt: attribution.at.toISOString(),
    acceptWithinWorkingDays,
    acceptBy,
    sharedData: onlyReleased(referral.sharedData, released),
  });
  return {
    withheldCategories,
    referral: sent,
    facts: [
      {
        type: "referral.sent",
        data: {
          ...transitionData(sent, attribution),
          from: sent.from,
          to: sent.to,
          urgency: sent.urgency,
          reasonCode: sent.reasonCode,
          communication: sent.communication,
          legalDeadline: sent.legalDeadline,
          consent: consentSummaryOf(consent),
          sharedData: sent.sharedData,
        },
      },
    ],
  };
}
