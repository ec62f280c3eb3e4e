import { retentionCutoffs } from "./retention";

describe("retention cutoffs", () => {
  const now = new Date("2027-06-01T12:00:00Z");
  const cutoffs = retentionCutoffs(
    { daysByServiceKind: { psychosocial_centre: 30, asylum_procedure_counselling: 730 }, defaultDays: 365 },
    now,
  );

  it("count each kind's days back from now, and the default for every other kind", () => {
    expect(cutoffs.byKind.psychosocial_centre).toEqual(new Date("2027-05-02T12:00:00Z"));
    expect(cutoffs.byKind.asylum_procedure_counselling).toEqual(new Date("2025-06-01T12:00:00Z"));
    expect(cutoffs.otherwise).toEqual(new Date("2026-06-01T12:00:00Z"));
  });
});
