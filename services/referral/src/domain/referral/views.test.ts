import { addReceiverNote } from "./intake-decisions";
import { erasePersonalData } from "./erase-personal-data";
import type { Referral } from "./referral";
import {
  aReceivedReferral,
  aSealedLegalDeadline,
  aSentReferral,
  anIntake,
  by,
  openedDeadlineForTest,
  openedForTest,
  openedTextForTest,
  sealedTextForTest,
  testDeadlineDescription,
} from "./referral.mother";
import { onlyReleased, personalDataFieldsOf, receiverViewOf } from "./receiver-view";
import { referrerListItemOf, referrerTimelineOf } from "./referrer-view";

const viewedAt = new Date("2026-11-20T10:00:00Z");

/** The view with the referral's data opened as the application would. */
const viewOf = (referral: Referral, at = viewedAt) =>
  receiverViewOf(referral, at, {
    sharedData: openedForTest(referral.sharedData),
    notes: referral.receiverNotes.map((note) => openedTextForTest(note.sealedText)),
    legalDeadlineDescription: openedDeadlineForTest(referral),
  });

/** A received referral with a legal deadline (its description sealed). */
const withDeadline = (): Referral => ({ ...aReceivedReferral(), legalDeadline: aSealedLegalDeadline() });

describe("the receiving side's view", () => {
  it("shows only released categories, even when the stored data had more", () => {
    const referral = aSentReferral();
    const narrowed = {
      ...referral,
      consent: { ...referral.consent!, dataCategories: ["contact" as const] },
    };
    const view = viewOf(narrowed);
    expect(Object.keys(view.sharedData)).toEqual(["contact"]);
    expect(view.consent?.dataCategories).toEqual(["contact"]);
    expect(JSON.stringify(view)).not.toContain("Schlafstörungen");
    expect(JSON.stringify(view)).not.toContain(referral.clientReference);
    expect(view.personalDataErased).toBe(false);
  });

  it("shows no personal data once the consent has expired", () => {
    const view = viewOf(aReceivedReferral(), new Date("2027-05-17T08:30:00Z"));
    expect(view.sharedData).toEqual({});
    expect(view.status).toBe("received");
  });

  it("names the personal data fields it shows (for the audit record)", () => {
    const noted = addReceiverNote(
      aReceivedReferral(),
      sealedTextForTest("Rückruf Do"),
      by(anIntake, "2026-11-19T10:00:00Z"),
    );
    const view = viewOf(noted);
    expect(view.notes).toEqual([expect.objectContaining({ text: "Rückruf Do" })]);
    expect(personalDataFieldsOf(view)).toEqual(["contact", "language", "health_notes", "receiver_notes"]);
  });

  it("shows the data as erased, and nothing personal, once the key is shredded", () => {
    const noted = addReceiverNote(
      aReceivedReferral(),
      sealedTextForTest("Rückruf Do"),
      by(anIntake, "2026-11-19T10:00:00Z"),
    );
    const erased = erasePersonalData(noted, { at: viewedAt, requestId: "erasure-1" });
    const view = receiverViewOf(erased, viewedAt, {
      sharedData: null,
      notes: [null],
      legalDeadlineDescription: null,
    });
    expect(view).toMatchObject({ status: "received", sharedData: {}, notes: [], personalDataErased: true });
    expect(personalDataFieldsOf(view)).toEqual([]);
  });

  it("shows the legal deadline with its description opened, and audits it", () => {
    const view = viewOf(withDeadline());
    expect(view.legalDeadline).toEqual({ dueOn: "2026-11-24", description: testDeadlineDescription });
    expect(JSON.stringify(view)).not.toContain("sealedDescription");
    expect(personalDataFieldsOf(view)).toEqual(["contact", "language", "health_notes", "legal_deadline"]);
  });

  it("keeps the legal deadline's date but not its description once erased", () => {
    const erased = erasePersonalData(withDeadline(), { at: viewedAt, requestId: null });
    // Even if something could still be opened, an erased referral shows no description.
    const view = receiverViewOf(erased, viewedAt, {
      sharedData: null,
      notes: [],
      legalDeadlineDescription: testDeadlineDescription,
    });
    expect(view.legalDeadline).toEqual({ dueOn: "2026-11-24", description: null });
    expect(personalDataFieldsOf(view)).toEqual([]);
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
      sealedTextForTest("Verdacht auf PTBS"),
      by(anIntake, "2026-11-19T10:00:00Z"),
    );
    const view = referrerTimelineOf(noted, null);
    const text = JSON.stringify(view);
    expect(text).not.toContain(noted.receiverNotes[0]!.sealedText);
    expect(text).not.toContain(noted.sharedData.sealed);
    expect(text).not.toContain("intake-psz-01"); // the receiving staff member is not named
    expect(view.timeline.map((entry) => entry.to)).toEqual(["sent", "received"]);
    expect(view.timeline[1]?.actor).toEqual({
      kind: "staff",
      role: "intake",
      organisationId: "organisation-psz",
    });
  });

  it("shows the legal deadline with the description the application opened, none once erased", () => {
    const referral = withDeadline();
    const view = referrerTimelineOf(referral, openedDeadlineForTest(referral));
    expect(view.legalDeadline).toEqual({ dueOn: "2026-11-24", description: testDeadlineDescription });
    expect(JSON.stringify(view)).not.toContain(referral.legalDeadline!.sealedDescription);
    const erased = erasePersonalData(referral, { at: viewedAt, requestId: null });
    expect(referrerTimelineOf(erased, null).legalDeadline).toEqual({
      dueOn: "2026-11-24",
      description: null,
    });
    expect(referrerTimelineOf(aReceivedReferral(), null).legalDeadline).toBeNull();
  });

  it("lists referrals with the counsellor's own client reference, none once erased", () => {
    expect(referrerListItemOf(aSentReferral(), "MBE-2026-0815")).toMatchObject({
      clientReference: "MBE-2026-0815",
      status: "sent",
      personalDataErased: false,
    });
    const erased = erasePersonalData(aSentReferral(), { at: viewedAt, requestId: null });
    expect(referrerListItemOf(erased, null)).toMatchObject({
      clientReference: null,
      personalDataErased: true,
    });
  });
});
