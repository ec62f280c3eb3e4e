import {
  addWorkingDays,
  berlinDateOf,
  isWorkingDay,
  workingDayDeadline,
  workingDaysBetween,
} from "./working-days";

describe("working days", () => {
  it("skips weekends and the public holidays of the Land only", () => {
    // Buß- und Bettag, Wednesday 18 November 2026, is a public holiday in Saxony only.
    expect(isWorkingDay("2026-11-18", "DE-SN")).toBe(false);
    expect(isWorkingDay("2026-11-18", "DE-TH")).toBe(true);
    expect(isWorkingDay("2026-11-21", "DE-TH")).toBe(false); // Saturday
    // Heiligabend is an observance, not a public holiday.
    expect(isWorkingDay("2026-12-24", "DE-ST")).toBe(true);
  });

  it("counts n working days after a day, across the Land's holiday", () => {
    expect(addWorkingDays("2026-11-17", 2, "DE-TH")).toBe("2026-11-19");
    expect(addWorkingDays("2026-11-17", 2, "DE-SN")).toBe("2026-11-20");
    // Friday + 1 → Monday; Thursday before Good Friday + 1 → the Tuesday after Easter Monday.
    expect(addWorkingDays("2026-11-20", 1, "DE-SN")).toBe("2026-11-23");
    expect(addWorkingDays("2026-04-02", 1, "DE-ST")).toBe("2026-04-07");
  });

  it("ends a deadline at local midnight after its last working day, also across DST", () => {
    // Sent Tuesday 17 Nov 2026 (CET, UTC+1): two working days in Saxony end Friday 20 at 24:00.
    expect(workingDayDeadline(new Date("2026-11-17T09:00:00Z"), 2, "DE-SN").toISOString()).toBe(
      "2026-11-20T23:00:00.000Z",
    );
    // Sent Friday 23 Oct 2026 (CEST); Monday 26 is after the switch to CET.
    expect(workingDayDeadline(new Date("2026-10-23T10:00:00Z"), 1, "DE-BE").toISOString()).toBe(
      "2026-10-26T23:00:00.000Z",
    );
  });

  it("takes the Berlin day of an instant, not the UTC one", () => {
    expect(berlinDateOf(new Date("2026-11-17T23:30:00Z"))).toBe("2026-11-18");
  });

  it("counts working days left, negative when overdue", () => {
    expect(workingDaysBetween("2026-11-16", "2026-11-20", "DE-SN")).toBe(3);
    expect(workingDaysBetween("2026-11-16", "2026-11-20", "DE-TH")).toBe(4);
    expect(workingDaysBetween("2026-11-20", "2026-11-20", "DE-TH")).toBe(0);
    expect(workingDaysBetween("2026-11-23", "2026-11-20", "DE-TH")).toBe(-1);
  });
});
