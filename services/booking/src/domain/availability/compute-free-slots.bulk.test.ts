import { computeFreeSlots } from "./compute-free-slots";
import { FreeSlotQuerySchema } from "./free-slot-query";
import { monthOfTenCounsellors } from "./month-of-ten-counsellors.fixture";
import { referenceFreeSlotStarts } from "./reference-free-slots.oracle";

// The size the fast path is built for (10 counsellors × 30 days). Correctness only:
// timing belongs in the benchmark, where a busy CI machine can't make a test flaky.
describe("computeFreeSlots for 10 counsellors over 30 days", () => {
  const queries = monthOfTenCounsellors();

  it.each(queries.map((query, index) => [index, query] as const))(
    "matches the reference for counsellor %i",
    (_, query) => {
      const starts = computeFreeSlots(query).map((slot) => slot.start);
      expect(starts.length).toBeGreaterThan(50);
      expect(starts).toEqual(
        referenceFreeSlotStarts(FreeSlotQuerySchema.parse(query)).map((t) => new Date(t).toISOString()),
      );
    },
  );

  it("leaves out Good Friday and Easter Monday, and shifts to summer time on 29 March", () => {
    const days = new Set(
      queries.flatMap((query) => computeFreeSlots(query).map((slot) => slot.start.slice(0, 10))),
    );
    expect(days.has("2026-04-03")).toBe(false);
    expect(days.has("2026-04-06")).toBe(false);
    const [first] = queries;
    const monday = computeFreeSlots({
      ...first!,
      busy: [],
      from: "2026-03-29T22:00:00Z",
      to: "2026-03-30T22:00:00Z",
    });
    // 09:15 CEST: the 09:00 grid point leaves no room for the 5-minute before-buffer.
    expect(monday[0]?.start).toBe("2026-03-30T07:15:00.000Z");
  });
});
