import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, hoursOn, MONDAY_TO_FRIDAY, someRules, startsOf } from "./free-slot-query.mother";

// Wednesday 2026-01-14 is a winter day: local = UTC + 1 h, so 09:00 local is 08:00Z.
const morning = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "13:00"]);
const slots = (overrides: Parameters<typeof aFreeSlotQuery>[0]) =>
  startsOf(
    computeFreeSlots(aFreeSlotQuery({ locationHours: morning, counsellorHours: morning, ...overrides })),
  );

describe("computeFreeSlots: buffers", () => {
  it("fits the buffers inside working hours; the grid still counts from the interval's start", () => {
    const rules = someRules({
      durationMinutes: 60,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      slotStepMinutes: 15,
    });
    const hours = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "12:00"]);
    expect(slots({ rules, locationHours: hours, counsellorHours: hours })).toEqual([
      "2026-01-14T08:15",
      "2026-01-14T08:30",
      "2026-01-14T08:45",
      "2026-01-14T09:00",
      "2026-01-14T09:15",
      "2026-01-14T09:30",
      "2026-01-14T09:45", // ends 11:45 local, after-buffer until 12:00
    ]);
  });

  it("returns the appointment time itself, without buffers", () => {
    const rules = someRules({
      durationMinutes: 45,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 5,
      slotStepMinutes: 30,
    });
    const [first] = computeFreeSlots(aFreeSlotQuery({ rules }));
    expect(first).toEqual({ start: "2026-01-14T08:30:00.000Z", end: "2026-01-14T09:15:00.000Z" });
  });

  it("keeps the slot's own buffers clear of busy time", () => {
    const rules = someRules({
      durationMinutes: 45,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      slotStepMinutes: 15,
    });
    const busy = [{ start: "2026-01-14T10:00:00Z", end: "2026-01-14T11:00:00Z" }];
    const hours = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "14:00"]);
    expect(slots({ rules, busy, locationHours: hours, counsellorHours: hours })).toEqual([
      "2026-01-14T08:15",
      "2026-01-14T08:30",
      "2026-01-14T08:45",
      "2026-01-14T09:00", // after-buffer ends 10:00Z, where the busy time begins
      "2026-01-14T11:15", // before-buffer starts 11:00Z, where the busy time ends
      "2026-01-14T11:30",
      "2026-01-14T11:45",
      "2026-01-14T12:00", // after-buffer ends 13:00Z = 14:00 local
    ]);
  });
});

describe("computeFreeSlots: busy time and absences", () => {
  it("allows slots touching busy time (half-open intervals)", () => {
    const busy = [{ start: "2026-01-14T09:00:00Z", end: "2026-01-14T10:00:00Z" }];
    expect(slots({ busy })).toEqual(["2026-01-14T08:00", "2026-01-14T10:00", "2026-01-14T11:00"]);
  });

  it("skips overlapping, non-identical busy intervals as one blocked stretch", () => {
    const busy = [
      { start: "2026-01-14T08:45:00Z", end: "2026-01-14T09:20:00Z" },
      { start: "2026-01-14T09:10:00Z", end: "2026-01-14T10:05:00Z" },
      { start: "2026-01-14T09:30:00Z", end: "2026-01-14T09:40:00Z" },
    ];
    const rules = someRules({ durationMinutes: 30, slotStepMinutes: 15 });
    expect(slots({ busy, rules })).toEqual([
      "2026-01-14T08:00",
      "2026-01-14T08:15",
      "2026-01-14T10:15",
      "2026-01-14T10:30",
      "2026-01-14T10:45",
      "2026-01-14T11:00",
      "2026-01-14T11:15",
      "2026-01-14T11:30",
    ]);
  });

  it("offers nothing during an absence, buffers included", () => {
    const rules = someRules({ durationMinutes: 60, bufferAfterMinutes: 10, slotStepMinutes: 30 });
    const absences = [{ start: "2026-01-14T10:00:00Z", end: "2026-01-16T00:00:00Z" }];
    const result = computeFreeSlots(
      aFreeSlotQuery({
        rules,
        absences,
        locationHours: morning,
        counsellorHours: morning,
        to: "2026-01-16T23:00:00Z",
      }),
    );
    expect(startsOf(result)).toEqual([
      "2026-01-14T08:00",
      "2026-01-14T08:30", // ends 09:30Z, after-buffer until 09:40Z
      "2026-01-16T08:00",
      "2026-01-16T08:30",
      "2026-01-16T09:00",
      "2026-01-16T09:30",
      "2026-01-16T10:00",
      "2026-01-16T10:30",
    ]);
  });
});
