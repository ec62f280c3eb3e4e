import { intersectIntervals } from "./intersect-intervals";
import { mergeIntervals } from "./merge-intervals";

describe("mergeIntervals", () => {
  it("sorts, joins overlapping and touching intervals, and drops empty ones", () => {
    expect(
      mergeIntervals([
        { start: 30, end: 40 },
        { start: 0, end: 10 },
        { start: 10, end: 12 },
        { start: 5, end: 8 },
        { start: 20, end: 20 },
        { start: 35, end: 50 },
      ]),
    ).toEqual([
      { start: 0, end: 12 },
      { start: 30, end: 50 },
    ]);
  });
});

describe("intersectIntervals", () => {
  it("keeps only time present in both lists", () => {
    const location = [
      { start: 480, end: 720 },
      { start: 780, end: 1080 },
    ];
    const counsellor = [{ start: 540, end: 1020 }];
    expect(intersectIntervals(location, counsellor)).toEqual([
      { start: 540, end: 720 },
      { start: 780, end: 1020 },
    ]);
  });

  it("drops intervals that only touch", () => {
    expect(intersectIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
  });
});
