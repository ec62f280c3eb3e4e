import { declineReferral } from "./intake-decisions";
import type { Referral } from "./referral";
import {
  aCounsellor,
  aConsentedDraft,
  anAcceptedReferral,
  anIntake,
  aReceivedReferral,
  aSentReferral,
  by,
  openedForTest,
  revokeSealed,
  sendSealed,
  sentAt,
} from "./referral.mother";
import { erasePersonalData } from "./erase-personal-data";
import {
  assertHoldAtRecipient,
  type HeldSlot,
  holdClientOf,
  holdMinutesWithin,
  letGoOfHold,
  recordHold,
} from "./warm-handover";

const now = new Date("2026-11-18T10:00:00Z");

const aHeldSlot = (overrides: Partial<HeldSlot> = {}): HeldSlot => ({
  appointmentId: "appointment-hold-1",
  organisationId: "organisation-psz",
  locationId: "location-psz-leipzig",
  federalState: "DE-SN",
  serviceId: "service-psz-leipzig",
  serviceKind: "psychosocial_centre",
  counsellorId: "counsellor-psz-01",
  startsAt: "2026-11-25T09:00:00.000Z",
  expiresAt: "2026-11-20T10:00:00.000Z",
  ...overrides,
});

const held = (referral: Referral, slot = aHeldSlot()) =>
  recordHold(referral, slot, { actor: aCounsellor, at: now }).referral;

function refusalOf(action: () => unknown): { code: string; reason: string | undefined } {
  try {
    action();
  } catch (error) {
    const { code, reason } = error as { code: string; reason: string | undefined };
    return { code, reason };
  }
  throw new Error("expected a refusal");
}

describe("warm handover: what a hold may carry", () => {
  const clientOf = (referral: Referral, at = now) =>
    holdClientOf(referral, at, openedForTest(referral.sharedData));

  it("names the client with released contact details and the referral's communication needs", () => {
    expect(clientOf(aSentReferral())).toEqual({
      displayName: "Amal",
      phone: "+4915112345678",
      preferredLanguage: "ar",
      interpreterNeeded: true,
    });
  });

  it("refuses with 412 contact_not_released when the client did not release contact details", () => {
    const withoutContact = sendSealed(
      aConsentedDraft({ dataCategories: ["language", "health_notes"] }),
      by(aCounsellor, sentAt),
    ).referral;
    expect(refusalOf(() => clientOf(withoutContact))).toEqual({
      code: "PRECONDITION_FAILED",
      reason: "contact_not_released",
    });
    const revoked = revokeSealed(aSentReferral(), ["contact"], by(aCounsellor, sentAt)).referral;
    expect(refusalOf(() => clientOf(revoked)).reason).toBe("contact_not_released");
  });

  it("refuses with 410 personal_data_erased once the client's data are erased", () => {
    const erased = erasePersonalData(aSentReferral(), { at: now, requestId: "erasure-1" });
    expect(refusalOf(() => holdClientOf(erased, now, null))).toEqual({
      code: "GONE",
      reason: "personal_data_erased",
    });
    // Shredded between the check and the opening: the same refusal.
    expect(refusalOf(() => holdClientOf(aSentReferral(), now, null)).reason).toBe("personal_data_erased");
  });

  it("is only possible while acceptance is pending, and with a usable consent", () => {
    expect(refusalOf(() => clientOf(anAcceptedReferral()))).toEqual({
      code: "PRECONDITION_FAILED",
      reason: "hold_not_possible",
    });
    expect(refusalOf(() => clientOf(aReceivedReferral(), new Date("2027-06-01T00:00:00Z"))).reason).toBe(
      "consent_expired",
    );
  });
});

describe("warm handover: where a hold may be", () => {
  it("accepts a slot at the named organisation and location, of the referred kind", () => {
    expect(() => assertHoldAtRecipient(aSentReferral(), aHeldSlot())).not.toThrow();
  });

  it.each([
    ["another organisation", { organisationId: "organisation-other" }],
    ["another location", { locationId: "location-psz-dresden" }],
    ["another kind of service", { serviceKind: "adult_migration_counselling" as const }],
  ])("refuses a slot at %s with 422 hold_not_at_recipient", (_what, overrides) => {
    expect(refusalOf(() => assertHoldAtRecipient(aSentReferral(), aHeldSlot(overrides)))).toEqual({
      code: "UNPROCESSABLE",
      reason: "hold_not_at_recipient",
    });
  });

  it("accepts any service of the kind in the Land of a region-wide referral, none elsewhere", () => {
    const regionWide: Referral = {
      ...aSentReferral(),
      to: {
        scope: "region",
        serviceKind: "psychosocial_centre",
        federalState: "DE-SN",
        nearPostalCode: null,
      },
    };
    expect(() => assertHoldAtRecipient(regionWide, aHeldSlot({ organisationId: "org-x" }))).not.toThrow();
    expect(
      refusalOf(() => assertHoldAtRecipient(regionWide, aHeldSlot({ federalState: "DE-TH" }))).reason,
    ).toBe("hold_not_at_recipient");
  });
});

describe("warm handover: the hold's life on the referral", () => {
  it("remembers a hold as pending, the same hold again changes nothing, a new one replaces it", () => {
    const first = held(aSentReferral());
    expect(first.hold).toMatchObject({ appointmentId: "appointment-hold-1", status: "pending" });
    expect(recordHold(first, aHeldSlot(), { actor: aCounsellor, at: now }).referral).toBe(first);
    const replacing = recordHold(first, aHeldSlot({ appointmentId: "appointment-hold-2" }), {
      actor: aCounsellor,
      at: now,
    });
    expect(replacing.replaced?.appointmentId).toBe("appointment-hold-1");
    expect(replacing.referral.hold?.appointmentId).toBe("appointment-hold-2");
  });

  it("lets a pending hold go when the referral is declined or the contact details are revoked", () => {
    const withHold = held(aReceivedReferral());
    const declined = declineReferral(
      withHold,
      { reason: "no_capacity", reasonNote: null, suggestedService: null },
      by(anIntake, "2026-11-19T08:00:00Z"),
    ).referral;
    const letGo = letGoOfHold(declined);
    expect(letGo.released?.appointmentId).toBe("appointment-hold-1");
    expect(letGo.referral.hold?.status).toBe("released");

    const contactRevoked = revokeSealed(withHold, ["contact"], by(aCounsellor, "2026-11-19T08:00:00Z"));
    expect(contactRevoked.referral.status).toBe("received");
    expect(letGoOfHold(contactRevoked.referral).released?.appointmentId).toBe("appointment-hold-1");
  });

  it("keeps a pending hold while the referral goes on with the contact released", () => {
    const withHold = held(aReceivedReferral());
    const healthRevoked = revokeSealed(withHold, ["health_notes"], by(aCounsellor, "2026-11-19T08:00:00Z"));
    expect(letGoOfHold(healthRevoked.referral)).toEqual({ referral: healthRevoked.referral, released: null });
  });

  it("never lets a hold outlive the acceptance deadline", () => {
    const referral = aSentReferral(); // acceptBy 2026-11-20T23:00Z
    expect(holdMinutesWithin(referral, 7 * 24 * 60, now)).toBe((2 * 24 + 13) * 60);
    expect(holdMinutesWithin(referral, 60, now)).toBe(60);
    expect(holdMinutesWithin(referral, 60, new Date("2026-11-20T22:58:00Z"))).toBe(5);
  });
});
