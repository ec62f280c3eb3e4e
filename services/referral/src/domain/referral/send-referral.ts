import type { ConsentDataCategory, SealedSharedClientData } from "@counselling/contracts";
import { workingDayDeadline } from "../calendar/working-days";
import { type Attribution, moveTo, transitionData } from "./apply-transition";
import { assertConsentUsable, consentSummaryOf, releasedCategoriesOf } from "./consent-record";
import { assertNarrowedTo, assertPersonalDataKept } from "./personal-data";
import type { Referral } from "./referral";
import type { ReferralChange } from "./referral-facts";
import { assertTransition } from "./referral-status";

/** A sent referral, and the categories of the draft the consent did not release (now deleted). */
export interface SentReferral extends ReferralChange {
  withheldCategories: ConsentDataCategory[];
}

/**
 * The categories of the draft that go with it: those the consent releases. Refuses first
 * what cannot be sent at all (not a draft, no usable consent, personal data erased), so
 * the application seals nothing for a referral that will not go.
 */
export function categoriesReleasedOnSend(referral: Referral, at: Date): ConsentDataCategory[] {
  assertTransition(referral.status, "sent");
  const consent = assertConsentUsable(referral.consent, at);
  assertPersonalDataKept(referral);
  const released = releasedCategoriesOf(consent);
  return referral.sharedData.categories.filter((category) => released.includes(category));
}

/**
 * Sends a draft, only with a usable consent. Data the draft holds in categories the
 * consent does not release is withheld: deleted from the referral in the same write
 * (data minimisation: from now on the document holds only what was released) and named
 * in the result, so the counsellor sees what did not go. `release` is the draft's shared
 * data sealed again with only `categoriesReleasedOnSend` (the application seals; the
 * domain checks it got exactly that). The acceptance deadline runs in working days of the
 * receiving Land, as many as the receiving service takes (decided from booking's
 * directory when sending; the draft's provisional value otherwise).
 */
export function sendReferral(
  referral: Referral,
  attribution: Attribution,
  release: SealedSharedClientData,
  acceptWithinWorkingDays: number = referral.acceptWithinWorkingDays,
): SentReferral {
  const released = categoriesReleasedOnSend(referral, attribution.at);
  const consent = assertConsentUsable(referral.consent, attribution.at);
  assertNarrowedTo(referral.sharedData, release, released);
  const withheldCategories = referral.sharedData.categories.filter(
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
    sharedData: release,
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
