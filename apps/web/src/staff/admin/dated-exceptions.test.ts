import { newException, withOpen } from "./dated-exceptions";

describe("dated exceptions", () => {
  it("adds a dated exception on a free day, and opens or closes it", () => {
    expect(newException([{ date: "2026-03-11", open: false }], "2026-03-10")).toEqual({
      date: "2026-03-12",
      open: false,
    });
    const open = withOpen({ date: "2026-03-12", open: false }, true);
    expect(open).toEqual({ date: "2026-03-12", open: true, intervals: [{ start: "09:00", end: "12:00" }] });
    expect(withOpen(open, false)).toEqual({ date: "2026-03-12", open: false });
  });
});
