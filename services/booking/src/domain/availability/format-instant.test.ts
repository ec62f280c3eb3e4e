import fc from "fast-check";
import { formatInstant } from "./format-instant";

describe("formatInstant", () => {
  it("is exactly Date#toISOString, for whole minutes and anything else", () => {
    const wholeMinute = fc.integer({ min: -1_000_000, max: 5_000_000_000 }).map((minute) => minute * 60_000);
    const anyInstant = fc.integer({ min: -8.64e15, max: 8.64e15 });
    fc.assert(
      fc.property(fc.oneof(wholeMinute, anyInstant), (instant) => {
        expect(formatInstant(instant)).toBe(new Date(instant).toISOString());
      }),
    );
  });
});
