import { AppError } from "@counselling/platform";
import { recordConsent } from "./draft-referral";
import { acceptReferral, addReceiverNote, receiveReferral } from "./intake-decisions";
import type { Referral } from "./referral";
import {
  aConsentedDraft,
  aCounsellor,
  aDraft,
  aGivenConsent,
  anAcceptedReferral,
  anIntake,
  aReceivedReferral,
  aSentReferral,
  by,
  consentedAt,
  narrowedForTest,
  openedForTest,
  openedDeadlineForTest,
  openedTextForTest,
  revokeSealed,
  sealedForTest,
  sealedTextForTest,
  theAcceptingService,
} from "./referral.mother";
import { receiverViewOf } from "./receiver-view";
import { revokeConsent } from "./revoke-consent";

/** The receiving side's view with the referral's data opened as the application would. */
const viewOf = (referral: Referral, at: Date) =>
  receiverViewOf(referral, at, {
    sharedData: openedForTest(referral.sharedData),
    notes: referral.receiverNotes.map((note) => openedTextForTest(note.sealedText)),
    legalDeadlineDescription: openedDeadlineForTest(referral),
  });

const reasonOf = (action: () => unknown): string | undefined => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.reason;
    throw error;
  }
  return "no refusal";
};

const viewedAt = new Date("2026-11-20T10:00:00Z");

describe("recording consent", () => {
  it("keeps how and when it was given, who recorded it and until when it holds", () => {
    const consent = aConsentedDraft().consent!;
    expect(consent).toMatchObject({
      consentId: "consent-0001",
      givenHow: "signed_form",
      givenAt: "2026-11-17T08:30:00Z",
      expiresAt: "2027-05-17T08:30:00Z",
      recordedBy: aCounsellor,
      revokedCategories: [],
      revokedAt: null,
    });
  });

  it("needs a witness for a verbal consent, refuses future and expired ones, and only on a draft", () => {
    const at = by(aCounsellor, consentedAt);
    expect(
      reasonOf(() => recordConsent(aDraft(), "c", aGivenConsent({ givenHow: "verbal_documented" }), at)),
    ).toBe("consent_witness_required");
    expect(
      recordConsent(
        aDraft(),
        "c",
        aGivenConsent({ givenHow: "verbal_documented", witnessedBy: "Frau K. (Dolmetscherin)" }),
        at,
      ).consent?.witnessedBy,
    ).toBe("Frau K. (Dolmetscherin)");
    expect(
      reasonOf(() => recordConsent(aDraft(), "c", aGivenConsent({ givenAt: "2026-11-18T08:30:00Z" }), at)),
    ).toBe("consent_not_yet_given");
    expect(
      reasonOf(() =>
        recordConsent(
          aDraft(),
          "c",
          aGivenConsent({ givenAt: "2026-01-01T08:30:00Z", expiresAt: "2026-06-01T00:00:00Z" }),
          at,
        ),
      ),
    ).toBe("consent_expired");
    expect(reasonOf(() => recordConsent(aSentReferral(), "c", aGivenConsent(), at))).toBe("consent_locked");
  });
});

describe("revoking consent", () => {
  const revokedAt = "2026-11-19T12:00:00Z";

  it("deletes the revoked categories from the referral and tells the receiving side", () => {
    const { referral, facts } = revokeSealed(
      aReceivedReferral(),
      ["health_notes"],
      by(aCounsellor, revokedAt),
    );
    expect(referral.sharedData.categories).toEqual(["contact", "language"]);
    expect(Object.keys(openedForTest(referral.sharedData)).sort()).toEqual(["contact", "language"]);
    expect(viewOf(referral, viewedAt).sharedData.health_notes).toBeUndefined();
    expect(referral.status).toBe("received");
    expect(facts).toEqual([
      expect.objectContaining({
        type: "referral.consent_revoked",
        data: expect.objectContaining({
          consentId: "consent-0001",
          revokedDataCategories: ["health_notes"],
        }) as unknown,
      }),
    ]);
  });

  it("in full before acceptance, erases everything personal and cancels the referral", () => {
    const noted = addReceiverNote(
      aReceivedReferral(),
      sealedTextForTest("Rückruf vereinbart"),
      by(anIntake, revokedAt),
    );
    const { referral, facts } = revokeSealed(noted, "all", by(aCounsellor, revokedAt));
    expect(referral.sharedData.categories).toEqual([]);
    expect(openedForTest(referral.sharedData)).toEqual({});
    expect(referral.receiverNotes).toEqual([]);
    expect(referral).toMatchObject({ status: "cancelled", cancellation: { reason: "consent_revoked" } });
    expect(facts.map((fact) => fact.type)).toEqual(["referral.consent_revoked", "referral.cancelled"]);
  });

  it("in full after acceptance, erases the data but lets the loop close on status alone", () => {
    const noted = addReceiverNote(
      anAcceptedReferral(),
      sealedTextForTest("Erstgespräch geplant"),
      by(anIntake, revokedAt),
    );
    const { referral } = revokeSealed(noted, "all", by(aCounsellor, revokedAt));
    expect(referral.status).toBe("accepted");
    const view = viewOf(referral, viewedAt);
    expect(view.sharedData).toEqual({});
    expect(view.notes).toEqual([]);
    expect(view.consent?.dataCategories).toEqual([]);
  });

  it("refuses afterwards what needs the personal data", () => {
    const sent = aSentReferral();
    // A draft revocation cancels nothing that was sent; a sent one ends the referral, so model
    // the case where the client revoked while intake still had it open (accept needs the data).
    const revokedButOpen = {
      ...sent,
      consent: { ...sent.consent!, revokedCategories: sent.consent!.dataCategories, revokedAt },
    };
    expect(reasonOf(() => receiveReferral(revokedButOpen, by(anIntake, revokedAt)))).toBe("consent_revoked");
    const received = { ...aReceivedReferral(), consent: revokedButOpen.consent };
    expect(reasonOf(() => acceptReferral(received, theAcceptingService, by(anIntake, revokedAt)))).toBe(
      "consent_revoked",
    );
  });

  it("refuses to revoke what was never released, and says nothing of a draft that never left", () => {
    const narrow = aConsentedDraft(
      { dataCategories: ["contact"] },
      { sharedData: sealedForTest({ contact: { name: "A", phone: null, note: null } }) },
    );
    expect(reasonOf(() => revokeSealed(narrow, ["health_notes"], by(aCounsellor, revokedAt)))).toBe(
      "category_not_released",
    );
    const { facts, referral } = revokeSealed(narrow, "all", by(aCounsellor, revokedAt));
    expect(facts).toEqual([]);
    expect(referral.status).toBe("cancelled");
  });

  it("takes the shared data sealed again without the revoked categories, and nothing else", () => {
    const received = aReceivedReferral();
    const unchanged = received.sharedData;
    expect(() => revokeConsent(received, ["health_notes"], by(aCounsellor, revokedAt), unchanged)).toThrow(
      /sealed for \[contact,language,health_notes\] where \[contact,language\] was decided/,
    );
    const otherKey = { ...narrowedForTest(unchanged, ["contact", "language"]), clientId: "client-other" };
    expect(() => revokeConsent(received, ["health_notes"], by(aCounsellor, revokedAt), otherKey)).toThrow();
  });
});
