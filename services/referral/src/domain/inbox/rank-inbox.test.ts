import { aSentReferral } from "../referral/referral.mother";
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
          legalDeadline: { dueOn: "2026-12-10", description: "Klagefrist" },
        }),
        referral("deadline-soon", {
          urgency: "routine",
          legalDeadline: { dueOn: "2026-11-24", description: "Klagefrist" },
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
    const item = inboxItemOf(
      referral("r", { legalDeadline: { dueOn: "2026-11-24", description: "Klagefrist" } }),
      now,
    );
    // Sent Tue 17; Wed 18 is a holiday in Saxony, so one working day old on Thu 19.
    expect(item.ageWorkingDays).toBe(1);
    expect(item.legalDeadline).toMatchObject({ dueOn: "2026-11-24", workingDaysLeft: 3, overdue: false });
    expect(item.acceptance).toMatchObject({ dueOn: "2026-11-20", workingDaysLeft: 1, overdue: false });
    const late = inboxItemOf(referral("r", {}), new Date("2026-11-24T10:00:00Z"));
    expect(late.acceptance).toMatchObject({ workingDaysLeft: -2, overdue: true });
  });

  it("carries no personal data", () => {
    expect(JSON.stringify(inboxItemOf(aSentReferral(), now))).not.toMatch(/Amal|MBE-2026-0815|Schlaf/);
  });
});
