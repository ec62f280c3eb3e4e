import { instantOf, newAbsence, wallClockOf } from "./absence-times";

describe("absences in office time", () => {
  it("turns office times into instants and back, across the summer-time switch", () => {
    expect(instantOf("2026-07-01T09:00")).toBe("2026-07-01T07:00:00.000Z");
    expect(instantOf("2026-12-01T09:00")).toBe("2026-12-01T08:00:00.000Z");
    expect(wallClockOf("2026-07-01T07:00:00.000Z")).toBe("2026-07-01T09:00");
    expect(instantOf("")).toBe("");
    expect(wallClockOf("")).toBe("");
    expect(newAbsence(new Date("2026-03-10T12:00:00Z"))).toEqual({
      start: "2026-03-11T08:00:00.000Z",
      end: "2026-03-11T16:00:00.000Z",
    });
  });
});
