import { claimUnitsFor, unitStartsOf } from "./claim-units";

const at = (iso: string) => new Date(iso);

describe("claim units", () => {
  it("covers an interval with whole five-minute units, half-open", () => {
    const units = unitStartsOf({ start: at("2026-12-01T09:00:00Z"), end: at("2026-12-01T09:20:00Z") });
    expect(units.map((unit) => unit.toISOString())).toEqual([
      "2026-12-01T09:00:00.000Z",
      "2026-12-01T09:05:00.000Z",
      "2026-12-01T09:10:00.000Z",
      "2026-12-01T09:15:00.000Z",
    ]);
  });

  it("makes overlapping intervals share a unit, and touching ones not", () => {
    const keys = (start: string, end: string) =>
      new Set(
        claimUnitsFor([{ kind: "room", id: "room-1" }], { start: at(start), end: at(end) }).map((u) => u.key),
      );
    const booked = keys("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    const overlapping = keys("2026-12-01T09:55:00Z", "2026-12-01T10:30:00Z");
    const touching = keys("2026-12-01T10:00:00Z", "2026-12-01T10:30:00Z");
    expect([...overlapping].some((key) => booked.has(key))).toBe(true);
    expect([...touching].some((key) => booked.has(key))).toBe(false);
  });

  it("orders the units of several resources globally by key", () => {
    const units = claimUnitsFor(
      [
        { kind: "room", id: "room-1" },
        { kind: "counsellor", id: "cns-1" },
      ],
      { start: at("2026-12-01T09:00:00Z"), end: at("2026-12-01T09:10:00Z") },
    );
    const keys = units.map((unit) => unit.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(4);
  });

  it("refuses an empty or reversed interval", () => {
    expect(() =>
      unitStartsOf({ start: at("2026-12-01T09:00:00Z"), end: at("2026-12-01T09:00:00Z") }),
    ).toThrow(RangeError);
  });
});
