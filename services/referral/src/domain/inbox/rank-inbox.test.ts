import { aSealedLegalDeadline, aSentReferral } from "../referral/referral.mother";
import type { Referral } from "../referral/referral";
import { inboxItemOf, rankInbox } from "./rank-inbox";

function referral(id: string, overrides: Partial<Referral>): Referral {
  return { ...aSentReferral(), referralId: id, ...overrides };
}

describe("the referral inbox", () => {
  const now = new Date("2026-11-19T10:00:00Z"); // Thursday

  it("ranks by legal deadline, then urgency, then age", () => {
    const ranked = rankInbox(
      [
        referral("routine-old", { urgency: "routine", sentAt: "2026-11-02T09:00:00Z" }),
        referral("urgent-new", { urgency: "urgent", sentAt: "2026-11-18T09:00:00Z" }),
        referral("urgent-old", { urgency: "urgent", sentAt: "2026-11-10T09:00:00Z" }),
        referral("deadline-late", {
          urgency: "routine",
          legalDeadline: aSealedLegalDeadline("2026-12-10"),
        }),
        referral("deadline-soon", {
          urgency: "routine",
          legalDeadline: aSealedLegalDeadline("2026-11-24"),
        }),
      ],
      now,
    );
    expect(ranked.map((item) => item.referralId)).toEqual([
      "deadline-soon",
      "deadline-late",
      "urgent-old",
      "urgent-new",
      "routine-old",
    ]);
  });

  it("shows ageing against the deadlines in working days of the receiving Land", () => {
    const item = inboxItemOf(referral("r", { legalDeadline: aSealedLegalDeadline("2026-11-24") }), now);
    // Sent Tue 17; Wed 18 is a holiday in Saxony, so one working day old on Thu 19.
    expect(item.ageWorkingDays).toBe(1);
    expect(item.legalDeadline).toEqual({ dueOn: "2026-11-24", workingDaysLeft: 3, overdue: false });
    expect(item.acceptance).toMatchObject({ dueOn: "2026-11-20", workingDaysLeft: 1, overdue: false });
    const late = inboxItemOf(referral("r", {}), new Date("2026-11-24T10:00:00Z"));
    expect(late.acceptance).toMatchObject({ workingDaysLeft: -2, overdue: true });
  });

  it("carries no personal data: of a legal deadline only its date, not its description, sealed or not", () => {
    expect(JSON.stringify(inboxItemOf(aSentReferral(), now))).not.toMatch(/Amal|MBE-2026-0815|Schlaf/);
    const deadline = aSealedLegalDeadline("2026-11-24", "Klagefrist gegen Asylbescheid");
    const text = JSON.stringify(inboxItemOf(referral("r", { legalDeadline: deadline }), now));
    expect(text).toContain("2026-11-24");
    expect(text).not.toContain("Klagefrist");
    expect(text).not.toContain(deadline.sealedDescription);
    expect(text).not.toMatch(/description/i);
  });
});
