import { revocationEffects, revokedCategoriesOf } from "./revocation";

describe("what revoking consent will do", () => {
  it("a full revocation before acceptance erases everything, the notes too, and ends the referral", () => {
    expect(revocationEffects(["contact", "language"], ["contact", "language"], "received", null)).toEqual({
      erased: ["contact", "language"],
      full: true,
      notesErased: true,
      endsReferral: true,
      othersTold: true,
      appointmentKept: false,
    });
    expect(revokedCategoriesOf(["contact", "language"], ["language", "contact"])).toBe("all");
  });

  it("a partial one erases only what was chosen; a booked appointment stays when the contact goes", () => {
    expect(revocationEffects(["contact", "language"], ["contact"], "scheduled", "booked")).toEqual({
      erased: ["contact"],
      full: false,
      notesErased: false,
      endsReferral: false,
      othersTold: true,
      appointmentKept: true,
    });
    expect(revokedCategoriesOf(["contact", "language"], ["contact", "health_notes"])).toEqual(["contact"]);
  });

  it("after acceptance a full revocation does not end the referral; a draft has told nobody", () => {
    expect(revocationEffects(["contact"], ["contact"], "accepted", "completed")).toMatchObject({
      endsReferral: false,
      notesErased: true,
      appointmentKept: false,
    });
    expect(revocationEffects(["contact"], ["contact"], "draft", null)).toMatchObject({
      othersTold: false,
      endsReferral: true,
    });
  });
});
