import { ReferralSentV1 } from "@counselling/contracts";
import { AppError } from "@counselling/platform";
import { closeReferral, declineReferral, receiveReferral, acceptReferral } from "./intake-decisions";
import {
  aConsentedDraft,
  aCounsellor,
  aDraft,
  aDraftContent,
  anAcceptedReferral,
  anIntake,
  aReceivedReferral,
  aSealedLegalDeadline,
  aSentReferral,
  by,
  openedForTest,
  sendSealed,
  sentAt,
  theAcceptingService,
} from "./referral.mother";
import { erasePersonalData } from "./erase-personal-data";
import { canTransition, ReferralStatusSchema } from "./referral-status";
import { sendReferral } from "./send-referral";
import { cancelReferral, expireReferral, isOverdueForAcceptance } from "./withdraw-referral";

function refusal(action: () => unknown): Pick<AppError, "code" | "reason" | "message" | "details"> {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, reason: error.reason, message: error.message, details: error.details };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("referral state machine", () => {
  it("walks draft → sent → received → accepted, attributing each step", () => {
    const accepted = anAcceptedReferral();
    expect(accepted.status).toBe("accepted");
    expect(accepted.timeline.map((entry) => [entry.from, entry.to, entry.actor.kind, entry.at])).toEqual([
      ["draft", "sent", "staff", "2026-11-17T09:00:00.000Z"],
      ["sent", "received", "staff", "2026-11-19T08:00:00.000Z"],
      ["received", "accepted", "staff", "2026-11-19T09:00:00.000Z"],
    ]);
    expect(accepted.receiver).toEqual(theAcceptingService);
  });

  it("refuses invalid transitions with a stable code, reason and a clear message", () => {
    expect(refusal(() => acceptReferral(aSentReferral(), theAcceptingService, by(anIntake, sentAt)))).toEqual(
      {
        code: "PRECONDITION_FAILED",
        reason: "referral_invalid_transition",
        message: "A referral that is sent cannot become accepted",
        details: { from: "sent", to: "accepted" },
      },
    );
    expect(refusal(() => receiveReferral(aDraft(), by(anIntake, sentAt)))).toMatchObject({
      reason: "referral_invalid_transition",
    });
    const declined = declineReferral(
      aReceivedReferral(),
      { reason: "no_capacity", reasonNote: null, suggestedService: null },
      by(anIntake, sentAt),
    ).referral;
    expect(
      refusal(() => cancelReferral(declined, { reason: "other", reasonNote: null }, by(aCounsellor, sentAt))),
    ).toMatchObject({ message: "A referral that is declined cannot become cancelled" });
  });

  it("has final states that allow nothing", () => {
    for (const final of ["declined", "closed", "cancelled", "expired"] as const) {
      for (const to of ReferralStatusSchema.options) expect(canTransition(final, to)).toBe(false);
    }
    expect(canTransition("scheduled", "accepted")).toBe(true);
    expect(canTransition("attended", "scheduled")).toBe(false);
  });

  it("declines with a reason and a suggestion, and closes with an outcome code", () => {
    const suggestion = {
      serviceKind: "psychosocial_centre" as const,
      organisationId: "organisation-magdeburg",
      serviceId: null,
    };
    const declined = declineReferral(
      aReceivedReferral(),
      { reason: "no_capacity", reasonNote: "Warteliste bis Juni", suggestedService: suggestion },
      by(anIntake, "2026-11-19T10:00:00Z"),
    );
    expect(declined.referral.decline?.suggestedService).toEqual(suggestion);
    expect(declined.facts[0]).toMatchObject({ type: "referral.declined", data: { reason: "no_capacity" } });
    const closed = closeReferral(
      anAcceptedReferral(),
      "client_withdrew",
      by(anIntake, "2026-11-20T10:00:00Z"),
    );
    expect(closed.referral).toMatchObject({ status: "closed", outcome: "client_withdrew" });
  });

  it("lets the referrer cancel from any state that is not final", () => {
    for (const referral of [aDraft(), aSentReferral(), aReceivedReferral(), anAcceptedReferral()]) {
      const cancelled = cancelReferral(
        referral,
        { reason: "client_request", reasonNote: null },
        by(aCounsellor, sentAt),
      );
      expect(cancelled.referral.status).toBe("cancelled");
      expect(cancelled.facts[0]?.type).toBe("referral.cancelled");
    }
  });
});

describe("sending", () => {
  it("is refused without a consent", () => {
    expect(refusal(() => sendSealed(aDraft(), by(aCounsellor, sentAt)))).toMatchObject({
      code: "PRECONDITION_FAILED",
      reason: "consent_missing",
    });
  });

  it("is refused once the consent has expired", () => {
    const draft = aConsentedDraft({ expiresAt: "2026-11-30T00:00:00Z" });
    expect(refusal(() => sendSealed(draft, by(aCounsellor, "2026-12-01T09:00:00Z")))).toMatchObject({
      reason: "consent_expired",
    });
  });

  it("withholds data of categories the consent does not release, deleting it from the referral", () => {
    const draft = aConsentedDraft({ dataCategories: ["contact", "language"] });
    const { referral, facts, withheldCategories } = sendSealed(draft, by(aCounsellor, sentAt));
    expect(withheldCategories).toEqual(["health_notes"]);
    expect(referral.sharedData.categories).toEqual(["contact", "language"]);
    expect(Object.keys(openedForTest(referral.sharedData))).toEqual(["contact", "language"]);
    expect(openedForTest(referral.sharedData)).not.toHaveProperty("health_notes");
    expect(facts[0]?.data).toMatchObject({ sharedData: referral.sharedData });
  });

  it("refuses shared data sealed with more than the consent releases", () => {
    const draft = aConsentedDraft({ dataCategories: ["contact", "language"] });
    expect(() => sendReferral(draft, by(aCounsellor, sentAt), draft.sharedData)).toThrow(/was decided/);
  });

  it("is refused once the client's personal data are erased", () => {
    const erased = erasePersonalData(aConsentedDraft(), { at: new Date(sentAt), requestId: "erasure-1" });
    expect(refusal(() => sendSealed(erased, by(aCounsellor, sentAt)))).toMatchObject({
      code: "GONE",
      reason: "personal_data_erased",
    });
  });

  it("publishes a contract-valid referral.sent with the consent summary and only released data", () => {
    const { facts, referral } = sendSealed(aConsentedDraft(), by(aCounsellor, sentAt));
    const sent = facts[0]!;
    expect(sent.type).toBe("referral.sent");
    expect(ReferralSentV1.data.safeParse(sent.data).success).toBe(true);
    expect(sent.data).toMatchObject({ consent: { consentId: "consent-0001", givenHow: "signed_form" } });
    expect(JSON.stringify(sent.data)).not.toContain("MBE-2026-0815"); // the referrer's own reference stays home
    expect(referral.sentAt).toBe("2026-11-17T09:00:00.000Z");
  });

  it("sends a legal deadline with its date in the clear and its description sealed as drafted", () => {
    const deadline = aSealedLegalDeadline("2026-11-24", "Klagefrist gegen Asylbescheid");
    const { facts } = sendSealed(aConsentedDraft({}, { legalDeadline: deadline }), by(aCounsellor, sentAt));
    const sent = facts[0]!;
    expect(ReferralSentV1.data.safeParse(sent.data).success).toBe(true);
    expect(sent.data).toMatchObject({ legalDeadline: deadline });
    expect(JSON.stringify(sent.data)).not.toContain("Klagefrist");
  });

  it("sets the acceptance deadline in working days of the receiving Land", () => {
    // Two working days from Tuesday 17 Nov 2026: Saxony skips Buß- und Bettag (Wed 18).
    expect(aSentReferral().acceptBy).toBe("2026-11-20T23:00:00.000Z");
    const inThuringia = sendSealed(
      aConsentedDraft({}, { to: { ...aDraftContent().to, federalState: "DE-TH" } }),
      by(aCounsellor, sentAt),
    );
    expect(inThuringia.referral.acceptBy).toBe("2026-11-19T23:00:00.000Z");
  });
});

describe("expiry", () => {
  const system = { kind: "system" as const, component: "referral/expiry-job" };

  it("is due only after the working-day deadline and only while acceptance is pending", () => {
    const sent = aSentReferral();
    expect(isOverdueForAcceptance(sent, new Date("2026-11-20T22:59:59Z"))).toBe(false);
    expect(isOverdueForAcceptance(sent, new Date("2026-11-20T23:00:00Z"))).toBe(true);
    expect(isOverdueForAcceptance(anAcceptedReferral(), new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });

  it("expires with the cause and a system actor", () => {
    const expired = expireReferral(aReceivedReferral(), {
      actor: system,
      at: new Date("2026-11-21T00:00:00Z"),
    });
    expect(expired.referral).toMatchObject({ status: "expired", expiryCause: "not_accepted_in_time" });
    expect(expired.facts[0]).toMatchObject({
      type: "referral.expired",
      data: { actor: system, cause: "not_accepted_in_time" },
    });
    expect(
      refusal(() => expireReferral(anAcceptedReferral(), { actor: system, at: new Date() })),
    ).toMatchObject({
      reason: "referral_invalid_transition",
    });
  });
});
