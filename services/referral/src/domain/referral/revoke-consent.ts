import type { ConsentDataCategory, SealedSharedClientData } from "@counselling/contracts";
import { type Attribution, moveTo, transitionData } from "./apply-transition";
import { type ConsentRecord, isFullyRevoked, releasedCategoriesOf } from "./consent-record";
import { assertNarrowedTo } from "./personal-data";
import type { Referral } from "./referral";
import { categoryNotReleased, consentMissing } from "./referral-errors";
import type { ReferralChange, ReferralFact } from "./referral-facts";
import { canTransition } from "./referral-status";

/** Statuses in which the receiving side cannot go on without the data: a full revocation ends the referral. */
const cannotGoOnWithoutData = ["draft", "sent", "received"] as const;

function revokingOf(
  consent: ConsentRecord | null,
  categories: readonly ConsentDataCategory[] | "all",
): { consent: ConsentRecord; revoking: ConsentDataCategory[] } {
  if (!consent) throw consentMissing();
  const released = releasedCategoriesOf(consent);
  const revoking = categories === "all" ? released : [...new Set(categories)];
  const unknown = revoking.filter((category) => !released.includes(category));
  if (unknown.length > 0) throw categoryNotReleased(unknown);
  return { consent, revoking };
}

/**
 * The categories of shared data the referral keeps after revoking `categories`; refuses
 * (no consent, a category never released) before the application seals anything.
 */
export function categoriesKeptAfterRevoking(
  referral: Referral,
  categories: readonly ConsentDataCategory[] | "all",
): ConsentDataCategory[] {
  const { revoking } = revokingOf(referral.consent, categories);
  return referral.sharedData.categories.filter((category) => !revoking.includes(category));
}

/**
 * The client takes back (part of) their release. The revoked categories are deleted from
 * the referral at once (the receiving side's view is made from it, so its copy is gone in
 * the same write): `remaining` is the shared data sealed again without them
 * (`categoriesKeptAfterRevoking`; the application seals, the domain checks), and
 * `referral.consent_revoked` tells everyone else to delete too.
 * A full revocation also deletes the receiving side's notes and, before acceptance,
 * cancels the referral (reason consent_revoked), as the contract asks. Possible in every
 * status, final ones included: the receiving side may still hold the data.
 */
export function revokeConsent(
  referral: Referral,
  categories: readonly ConsentDataCategory[] | "all",
  attribution: Attribution,
  remaining: SealedSharedClientData,
): ReferralChange {
  const { consent, revoking } = revokingOf(referral.consent, categories);
  assertNarrowedTo(referral.sharedData, remaining, categoriesKeptAfterRevoking(referral, categories));

  const revokedConsent = {
    ...consent,
    revokedCategories: [...consent.revokedCategories, ...revoking],
    revokedAt: attribution.at.toISOString(),
  };
  let next: Referral = { ...referral, consent: revokedConsent, sharedData: remaining };
  const facts: ReferralFact[] = [];
  const wasSent = referral.status !== "draft";
  if (wasSent && revoking.length > 0) {
    facts.push({
      type: "referral.consent_revoked",
      data: {
        ...transitionData(next, attribution),
        consentId: consent.consentId,
        revokedDataCategories: revoking,
      },
    });
  }
  if (isFullyRevoked(revokedConsent)) {
    next = { ...next, receiverNotes: [] };
    const mustEnd = (cannotGoOnWithoutData as readonly string[]).includes(next.status);
    if (mustEnd && canTransition(next.status, "cancelled")) {
      const cancellation = { reason: "consent_revoked" as const, reasonNote: null };
      next = moveTo(next, "cancelled", attribution, { cancellation });
      if (wasSent)
        facts.push({
          type: "referral.cancelled",
          data: { ...transitionData(next, attribution), ...cancellation },
        });
    }
  }
  return { referral: next, facts };
}

/** An appointment made for the referral that booking still keeps, with the client's name and phone on it. */
export interface AppointmentKeptAtBooking {
  appointmentId: string;
  startsAt: string;
  status: "booked" | "checked_in";
}

/**
 * Once `contact` is taken back (now or before): the referral's appointment if booking
 * still has it coming (booked, or checked in and not yet completed). Revocation does not
 * cancel it (ADR 32): the client may still want to go; the receiving service asks them
 * and cancels it at booking if they do not. Null when nothing is kept or `contact` stays.
 */
export function appointmentKeptAfterRevocation(referral: Referral): AppointmentKeptAtBooking | null {
  const revokedContact = referral.consent?.revokedCategories.includes("contact") ?? false;
  const appointment = referral.appointment;
  if (!revokedContact || !appointment) return null;
  if (appointment.status !== "booked" && appointment.status !== "checked_in") return null;
  return {
    appointmentId: appointment.appointmentId,
    startsAt: appointment.startsAt,
    status: appointment.status,
  };
}
