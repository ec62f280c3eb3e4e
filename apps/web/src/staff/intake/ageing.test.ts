import { ageingToneOf } from "./ageing";

describe("ageingToneOf", () => {
  it("marks overdue, due within two working days, and later", () => {
    expect(ageingToneOf({ overdue: true, workingDaysLeft: -1 })).toBe("overdue");
    expect(ageingToneOf({ overdue: false, workingDaysLeft: 0 })).toBe("due-soon");
    expect(ageingToneOf({ overdue: false, workingDaysLeft: 2 })).toBe("due-soon");
    expect(ageingToneOf({ overdue: false, workingDaysLeft: 5 })).toBe("ok");
  });
});
