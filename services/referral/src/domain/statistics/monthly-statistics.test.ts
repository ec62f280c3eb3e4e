import { monthlyStatistics, type ReferralStatisticsFact, sentBetween } from "./monthly-statistics";

describe("monthly referral statistics", () => {
  it("counts per Berlin month of sending and receiving kind, by status and outcome", () => {
    const facts: ReferralStatisticsFact[] = [
      // 31 Oct 23:30 UTC is already 1 November in Berlin (CET, +1).
      {
        serviceKind: "psychosocial_centre",
        sentAt: "2026-10-31T23:30:00.000Z",
        status: "closed",
        outcome: "service_provided",
      },
      {
        serviceKind: "psychosocial_centre",
        sentAt: "2026-11-17T09:00:00.000Z",
        status: "declined",
        outcome: null,
      },
      {
        serviceKind: "psychosocial_centre",
        sentAt: "2026-11-18T09:00:00.000Z",
        status: "closed",
        outcome: "service_provided",
      },
      {
        serviceKind: "refugee_counselling",
        sentAt: "2026-11-02T09:00:00.000Z",
        status: "sent",
        outcome: null,
      },
      {
        serviceKind: "psychosocial_centre",
        sentAt: "2026-10-31T22:59:00.000Z",
        status: "expired",
        outcome: null,
      },
    ];
    expect(monthlyStatistics(facts)).toEqual([
      {
        month: "2026-10",
        serviceKind: "psychosocial_centre",
        sent: 1,
        byStatus: { expired: 1 },
        byOutcome: {},
      },
      {
        month: "2026-11",
        serviceKind: "psychosocial_centre",
        sent: 3,
        byStatus: { closed: 2, declined: 1 },
        byOutcome: { service_provided: 2 },
      },
      { month: "2026-11", serviceKind: "refugee_counselling", sent: 1, byStatus: { sent: 1 }, byOutcome: {} },
    ]);
  });

  it("bounds months at Berlin midnight, `to` inclusive", () => {
    expect(sentBetween("2026-11", "2026-11")).toEqual({
      sentFrom: new Date("2026-10-31T23:00:00.000Z"),
      sentBefore: new Date("2026-11-30T23:00:00.000Z"),
    });
    expect(sentBetween("2026-07")).toEqual({
      sentFrom: new Date("2026-06-30T22:00:00.000Z"),
      sentBefore: null,
    });
    expect(sentBetween()).toEqual({ sentFrom: null, sentBefore: null });
  });
});
