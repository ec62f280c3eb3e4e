import { intervalsOverlap } from "./intervals-overlap";

describe("intervalsOverlap (half-open)", () => {
  it.each([
    ["overlapping", { start: 0, end: 10 }, { start: 5, end: 15 }, true],
    ["contained", { start: 0, end: 10 }, { start: 2, end: 3 }, true],
    ["identical", { start: 0, end: 10 }, { start: 0, end: 10 }, true],
    ["touching: one ends where the other starts", { start: 0, end: 10 }, { start: 10, end: 20 }, false],
    ["apart", { start: 0, end: 10 }, { start: 11, end: 20 }, false],
    ["empty inside another", { start: 5, end: 5 }, { start: 0, end: 10 }, false],
  ])("%s", (_, a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });
});
