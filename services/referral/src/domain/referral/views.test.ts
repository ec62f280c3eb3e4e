import { addReceiverNote } from "./intake-decisions";
import { aReceivedReferral, aSentReferral, anIntake, by } from "./referral.mother";
import { onlyReleased, personalDataFieldsOf, receiverViewOf } from "./receiver-view";
import { referrerListItemOf, referrerTimelineOf } from "./referrer-view";

const viewedAt = new Date("2026-11-20T10:00:00Z");

describe("the receiving side's view", () => {
  it("shows only released categories, even when the stored data had more", () => {
    const referral = aSentReferral();
    const narrowed = {
      ...referral,
      consent: { ...referral.consent!, dataCategories: ["contact" as const] },
    };
    const view = receiverViewOf(narrowed, viewedAt);
    expect(Object.keys(view.sharedData)).toEqual(["contact"]);
    expect(view.consent?.dataCategories).toEqual(["contact"]);
    expect(JSON.stringify(view)).not.toContain("Schlafstörungen");
    expect(JSON.stringify(view)).not.toContain(referral.clientReference);
  });

  it("shows no personal data once the consent has expired", () => {
    const view = receiverViewOf(aReceivedReferral(), new Date("2027-05-17T08:30:00Z"));
    expect(view.sharedData).toEqual({});
    expect(view.status).toBe("received");
  });

  it("names the personal data fields it shows (for the audit record)", () => {
    const noted = addReceiverNote(aReceivedReferral(), "Rückruf Do", by(anIntake, "2026-11-19T10:00:00Z"));
    expect(personalDataFieldsOf(receiverViewOf(noted, viewedAt))).toEqual([
      "contact",
      "language",
      "health_notes",
      "receiver_notes",
    ]);
  });

  it("projects data category by category", () => {
    expect(
      onlyReleased({ contact: { name: "A", phone: null, note: null }, health_notes: { text: "x" } }, [
        "health_notes",
        "language",
      ]),
    ).toEqual({
      health_notes: { text: "x" },
    });
  });
});

describe("the referrer's view", () => {
  it("has the status timeline but never the receiving side's notes or the client's data", () => {
    const noted = addReceiverNote(
      aReceivedReferral(),
      "Verdacht auf PTBS",
      by(anIntake, "2026-11-19T10:00:00Z"),
    );
    const view = referrerTimelineOf(noted);
    const text = JSON.stringify(view);
    expect(text).not.toContain("PTBS");
    expect(text).not.toContain("Amal");
    expect(text).not.toContain("intake-psz-01"); // the receiving staff member is not named
    expect(view.timeline.map((entry) => entry.to)).toEqual(["sent", "received"]);
    expect(view.timeline[1]?.actor).toEqual({
      kind: "staff",
      role: "intake",
      organisationId: "organisation-psz",
    });
  });

  it("lists referrals with the counsellor's own client reference", () => {
    expect(referrerListItemOf(aSentReferral())).toMatchObject({
      clientReference: "MBE-2026-0815",
      status: "sent",
    });
  });
});
