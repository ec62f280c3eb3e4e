import { computeFreeSlots } from "../../domain/availability";
import { aCounsellor, aLocation, aService } from "../../domain/directory/directory.mother";
import { ServiceSchema } from "../../domain/directory/service";
import { freeSlotQueryFor } from "./free-slot-query-for";

const window = {
  now: new Date("2026-11-25T10:00:00Z"),
  from: new Date("2026-11-30T00:00:00Z"),
  to: new Date("2026-12-15T00:00:00Z"),
};
const startsOf = (counsellor: ReturnType<typeof aCounsellor>) =>
  computeFreeSlots(
    freeSlotQueryFor({ service: ServiceSchema.parse(aService()), location: aLocation(), counsellor }, window),
  ).map((slot) => slot.start);

describe("the availability question from the directory", () => {
  it("leaves out a counsellor's absences and the dates their hours differ", () => {
    const usual = startsOf(aCounsellor());
    expect(usual.some((start) => start.startsWith("2026-11-30T08"))).toBe(true);
    expect(usual.some((start) => start.startsWith("2026-12-07"))).toBe(true);

    const away = startsOf(
      aCounsellor({
        absences: [{ start: "2026-11-30T08:00:00Z", end: "2026-11-30T09:30:00Z" }],
        weeklyHours: [
          {
            locationId: "loc-test",
            hours: [{ weekday: 1, start: "09:00", end: "12:00" }],
            exceptions: [{ date: "2026-12-07", open: false }],
          },
        ],
      }),
    );
    // No slot overlaps the absence (09:00–10:30 Berlin); later that morning is still free.
    expect(away.filter((start) => start.startsWith("2026-11-30") && start < "2026-11-30T09:30")).toEqual([]);
    expect(
      away.some((start) => start.startsWith("2026-11-30T09:30") || start.startsWith("2026-11-30T10")),
    ).toBe(true);
    expect(away.some((start) => start.startsWith("2026-12-07"))).toBe(false);
    expect(away.some((start) => start.startsWith("2026-12-14"))).toBe(true);
  });
});
