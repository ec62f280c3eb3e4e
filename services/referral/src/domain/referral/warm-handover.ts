import type { Actor, FederalState, Language, ServiceKind, SharedClientData } from "@counselling/contracts";
import { assertConsentUsable, releasedCategoriesOf } from "./consent-record";
import { assertPersonalDataKept, personalDataErased } from "./personal-data";
import type { Referral } from "./referral";
import { contactNotReleased, holdNotAtRecipient, holdNotPossible } from "./referral-errors";
import { awaitingAcceptanceStatuses, isFinal } from "./referral-status";
import type { SlotHold, SlotHoldStatus } from "./slot-hold";

/** What booking gets to know about the client for a hold: released data only. */
export interface HoldClientData {
  displayName: string;
  phone: string | null;
  preferredLanguage: Language;
  interpreterNeeded: boolean;
}

/** Where booking placed a hold, as far as the referral can check it against its recipient. */
export interface HeldSlot {
  appointmentId: string;
  organisationId: string;
  locationId: string;
  federalState: FederalState;
  serviceId: string;
  serviceKind: ServiceKind;
  counsellorId: string;
  startsAt: string;
  expiresAt: string;
}

/**
 * Whether a hold may be placed: only while acceptance is pending, with a usable consent
 * that releases `contact` and the referral still holding it (a hold names the client: the
 * receiving service must know whom it is waiting for). Checked before the application
 * opens the sealed contact details.
 */
export function assertHoldPossible(referral: Referral, now: Date): void {
  if (!awaitingAcceptanceStatuses.includes(referral.status)) throw holdNotPossible(referral.status);
  const consent = assertConsentUsable(referral.consent, now);
  const released = releasedCategoriesOf(consent).includes("contact");
  if (!released || !referral.sharedData.categories.includes("contact")) throw contactNotReleased();
  assertPersonalDataKept(referral);
}

/**
 * The client data a hold may carry to booking, or a refusal (`assertHoldPossible`), from
 * the shared data the application opened (null: erased meanwhile); language and
 * interpreter need are the referral's own communication fields, which travel with every
 * referral.
 */
export function holdClientOf(referral: Referral, now: Date, opened: SharedClientData | null): HoldClientData {
  assertHoldPossible(referral, now);
  if (opened === null) throw personalDataErased();
  const contact = opened.contact;
  if (!contact) throw contactNotReleased();
  return {
    displayName: contact.name,
    phone: contact.phone,
    preferredLanguage: referral.communication.language,
    interpreterNeeded: referral.communication.interpreterNeeded,
  };
}

/**
 * Booking checks the slot; the referral checks that it is where the referral goes: the
 * named organisation (location, service) or, region-wide, the Land; always the service kind.
 */
export function assertHoldAtRecipient(referral: Referral, held: HeldSlot): void {
  const to = referral.to;
  const atRecipient =
    held.serviceKind === to.serviceKind &&
    (to.scope === "region"
      ? held.federalState === to.federalState
      : held.organisationId === to.organisationId &&
        (to.locationId === null || held.locationId === to.locationId) &&
        (to.serviceId === null || held.serviceId === to.serviceId));
  if (!atRecipient) throw holdNotAtRecipient();
}

/**
 * Remembers a hold booking placed. A pending hold it replaces is returned, to be let go.
 * The same hold again (a retried request) changes nothing.
 */
export function recordHold(
  referral: Referral,
  held: HeldSlot,
  { actor, at }: { actor: Actor; at: Date },
): { referral: Referral; replaced: SlotHold | null } {
  assertHoldPossible(referral, at); // still awaiting acceptance, still consented
  const current = referral.hold;
  if (current?.appointmentId === held.appointmentId) return { referral, replaced: null };
  const hold: SlotHold = {
    appointmentId: held.appointmentId,
    serviceId: held.serviceId,
    locationId: held.locationId,
    counsellorId: held.counsellorId,
    startsAt: held.startsAt,
    expiresAt: held.expiresAt,
    status: "pending",
    requestedBy: actor,
    requestedAt: at.toISOString(),
  };
  return { referral: { ...referral, hold }, replaced: current?.status === "pending" ? current : null };
}

/** The hold intake can still confirm: pending and not yet run out. */
export function liveHoldOf(referral: Referral, now: Date): SlotHold | null {
  const hold = referral.hold;
  return hold?.status === "pending" && Date.parse(hold.expiresAt) > now.getTime() ? hold : null;
}

/** Records what became of a hold (when it is still the referral's hold). */
export function settleHold(referral: Referral, appointmentId: string, status: SlotHoldStatus): Referral {
  if (referral.hold?.appointmentId !== appointmentId) return referral;
  return { ...referral, hold: { ...referral.hold, status } };
}

/**
 * After a change: a pending hold is let go when the referral has ended (declined,
 * cancelled, e.g. by a full revocation) or the client took back their contact details,
 * which the hold carries. Returns the hold to release at booking.
 */
export function letGoOfHold(referral: Referral): { referral: Referral; released: SlotHold | null } {
  const hold = referral.hold;
  if (hold?.status !== "pending") return { referral, released: null };
  const contactGone = !releasedCategoriesOf(referral.consent).includes("contact");
  if (!isFinal(referral.status) && !contactGone) return { referral, released: null };
  return { referral: settleHold(referral, hold.appointmentId, "released"), released: hold };
}

/** A hold never outlives the acceptance deadline: it lapses with it at the latest. */
export function holdMinutesWithin(referral: Referral, requestedMinutes: number, now: Date): number {
  if (referral.acceptBy === null) return requestedMinutes;
  const untilDeadline = Math.floor((Date.parse(referral.acceptBy) - now.getTime()) / 60_000);
  return Math.max(5, Math.min(requestedMinutes, untilDeadline));
}
