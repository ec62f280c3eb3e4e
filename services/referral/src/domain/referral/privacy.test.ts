import { closeReferral, declineReferral } from "./intake-decisions";
import { erasePersonalData } from "./erase-personal-data";
import { exportedReferralOf } from "./exported-referral";
import { clientIdFor, clientIdOf } from "./personal-data";
import type { Referral } from "./referral";
import {
  aClientData,
  aCounsellor,
  anAcceptedReferral,
  anIntake,
  aReceivedReferral,
  aSealedLegalDeadline,
  aSentReferral,
  by,
  revokeSealed,
  testPhoneIndex,
} from "./referral.mother";
import { finishedAtOf, isDueForAnonymisation, type RetentionPolicy } from "./retention";

const at = new Date("2026-12-01T10:00:00Z");

describe("erasing a referral's personal data", () => {
  it("removes the phone index and marks the referral, keeping status, timeline and codes", () => {
    const closed = closeReferral(
      anAcceptedReferral(),
      "service_provided",
      by(anIntake, "2026-11-25T10:00:00Z"),
    ).referral;
    expect(closed.phoneIndex).toBe(testPhoneIndex);
    const erased = erasePersonalData(closed, { at, requestId: "erasure-1" });
    expect(erased).toMatchObject({
      phoneIndex: null,
      personalDataErasedAt: at.toISOString(),
      erasureRequestId: "erasure-1",
      status: "closed",
      outcome: "service_provided",
      timeline: closed.timeline,
      sharedData: closed.sharedData, // the sealed blob stays: its key is gone
    });
  });

  it("changes nothing the second time (so nothing is written), whoever asks", () => {
    const erased = erasePersonalData(aSentReferral(), { at, requestId: "erasure-1" });
    expect(erasePersonalData(erased, { at: new Date(), requestId: "erasure-2" })).toBe(erased);
    expect(erasePersonalData(erased, { at: new Date(), requestId: null })).toBe(erased);
  });

  it("keys every referral on its own: the key id is the referral's", () => {
    expect(clientIdFor("r-1")).toBe("client-r-1");
    expect(clientIdOf(aSentReferral())).toBe("client-referral-0001");
  });
});

describe("retention of finished referrals", () => {
  const policy: RetentionPolicy = { daysByServiceKind: { psychosocial_centre: 30 }, defaultDays: 365 };
  const declined = declineReferral(
    aReceivedReferral(),
    { reason: "no_capacity", reasonNote: null, suggestedService: null },
    by(anIntake, "2026-11-20T10:00:00Z"),
  ).referral;

  it("counts from the final status change, and open referrals never finish", () => {
    expect(finishedAtOf(declined)).toBe("2026-11-20T10:00:00.000Z");
    expect(finishedAtOf(anAcceptedReferral())).toBeNull();
    // A revocation after the end is no transition: the period does not restart.
    const revokedLater = revokeSealed(
      declined,
      ["health_notes"],
      by(aCounsellor, "2026-12-10T10:00:00Z"),
    ).referral;
    expect(finishedAtOf(revokedLater)).toBe("2026-11-20T10:00:00.000Z");
  });

  it("is due after the retention of the receiving service's kind, once", () => {
    expect(isDueForAnonymisation(declined, policy, new Date("2026-12-20T09:59:59Z"))).toBe(false);
    expect(isDueForAnonymisation(declined, policy, new Date("2026-12-20T10:00:00Z"))).toBe(true);
    const otherKind = { ...declined, to: { ...declined.to, serviceKind: "refugee_counselling" as const } };
    expect(isDueForAnonymisation(otherKind, policy, new Date("2026-12-20T10:00:00Z"))).toBe(false);
    expect(isDueForAnonymisation(otherKind, policy, new Date("2027-11-20T10:00:00Z"))).toBe(true);
    const anonymised = erasePersonalData(declined, { at, requestId: null });
    expect(isDueForAnonymisation(anonymised, policy, new Date("2030-01-01T00:00:00Z"))).toBe(false);
    expect(isDueForAnonymisation(anAcceptedReferral(), policy, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("the export of a referral", () => {
  it("has the opened personal data, the consent, the notes and the timeline; erased data as null", () => {
    const referral: Referral = { ...aReceivedReferral(), legalDeadline: aSealedLegalDeadline() };
    const exported = exportedReferralOf(referral, {
      sharedData: aClientData(),
      clientReference: "MBE-2026-0815",
      notes: [],
      legalDeadlineDescription: "Klagefrist gegen Asylbescheid",
    });
    expect(exported).toMatchObject({
      referralId: "referral-0001",
      clientId: "client-referral-0001",
      clientReference: "MBE-2026-0815",
      sharedData: { contact: { name: "Amal" } },
      legalDeadline: { dueOn: "2026-11-24", description: "Klagefrist gegen Asylbescheid" },
      consent: { consentId: "consent-0001", witnessedBy: null },
      personalDataErasedAt: null,
    });
    expect(exported.timeline.map((entry) => entry.to)).toEqual(["sent", "received"]);
    const erased = exportedReferralOf(erasePersonalData(referral, { at, requestId: "e" }), {
      sharedData: null,
      clientReference: null,
      notes: [],
      legalDeadlineDescription: null,
    });
    expect(erased).toMatchObject({
      sharedData: null,
      clientReference: null,
      legalDeadline: { dueOn: "2026-11-24", description: null },
      personalDataErasedAt: at.toISOString(),
    });
  });
});
