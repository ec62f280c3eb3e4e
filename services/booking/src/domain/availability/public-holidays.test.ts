import { isPublicHoliday, publicHolidaysOf } from "./public-holidays";

describe("public holidays by Land", () => {
  it("knows Reformationstag (2026-10-31) in Saxony, Saxony-Anhalt and Thuringia, not in Bavaria", () => {
    expect(isPublicHoliday("DE-SN", "2026-10-31")).toBe(true);
    expect(isPublicHoliday("DE-ST", "2026-10-31")).toBe(true);
    expect(isPublicHoliday("DE-TH", "2026-10-31")).toBe(true);
    expect(isPublicHoliday("DE-BY", "2026-10-31")).toBe(false);
  });

  it("knows Buß- und Bettag (2026-11-18) only in Saxony", () => {
    expect(isPublicHoliday("DE-SN", "2026-11-18")).toBe(true);
    expect(isPublicHoliday("DE-ST", "2026-11-18")).toBe(false);
    expect(isPublicHoliday("DE-TH", "2026-11-18")).toBe(false);
  });

  it("counts only public holidays: Heiligabend (a bank holiday) is a working day", () => {
    expect(isPublicHoliday("DE-SN", "2026-12-24")).toBe(false);
    expect(isPublicHoliday("DE-SN", "2026-12-25")).toBe(true);
  });

  it("computes a Land's year once", () => {
    expect(publicHolidaysOf("DE-TH", 2026)).toBe(publicHolidaysOf("DE-TH", 2026));
  });
});
