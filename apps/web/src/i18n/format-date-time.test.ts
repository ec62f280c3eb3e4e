import { berlinDateTimeLocalOf, instantOfBerlinWallClock } from "./format-date-time";

describe("Berlin wall clock", () => {
  it("turns office times into instants in winter and summer", () => {
    expect(instantOfBerlinWallClock("2026-01-15T23:59").toISOString()).toBe("2026-01-15T22:59:00.000Z");
    expect(instantOfBerlinWallClock("2026-07-15T23:59").toISOString()).toBe("2026-07-15T21:59:00.000Z");
    expect(instantOfBerlinWallClock("2026-03-29T12:00").toISOString()).toBe("2026-03-29T10:00:00.000Z");
  });

  it("shows an instant as Berlin's datetime-local value", () => {
    expect(berlinDateTimeLocalOf(new Date("2026-07-15T21:59:00Z"))).toBe("2026-07-15T23:59");
  });
});
