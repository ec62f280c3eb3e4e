import { CounsellorSchema } from "./counsellor";
import { aCounsellor } from "./directory.mother";

const messages = (value: unknown) =>
  CounsellorSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("Counsellor", () => {
  it("accepts a counsellor with hours at two locations", () => {
    const counsellor = aCounsellor({
      locationIds: ["loc-a", "loc-b"],
      weeklyHours: [
        { locationId: "loc-a", hours: [{ weekday: 1, start: "09:00", end: "13:00" }] },
        { locationId: "loc-b", hours: [{ weekday: 1, start: "14:00", end: "17:00" }] },
      ],
    });
    expect(CounsellorSchema.parse(counsellor)).toEqual(counsellor);
  });

  it("refuses hours at two locations at the same time", () => {
    const weeklyHours = [
      { locationId: "loc-a", hours: [{ weekday: 2, start: "09:00", end: "13:00" }] },
      { locationId: "loc-b", hours: [{ weekday: 2, start: "12:00", end: "15:00" }] },
    ];
    expect(messages(aCounsellor({ weeklyHours }))).toEqual([
      "Hours at different locations overlap: Weekday 2: 09:00–13:00 overlaps 12:00–15:00",
    ]);
  });

  it("wants the hours of one location in one entry", () => {
    const weeklyHours = [
      { locationId: "loc-a", hours: [{ weekday: 1, start: "09:00", end: "10:00" }] },
      { locationId: "loc-a", hours: [{ weekday: 3, start: "09:00", end: "10:00" }] },
    ];
    expect(messages(aCounsellor({ weeklyHours }))).toEqual([
      "Hours are given once per location; repeated: loc-a",
    ]);
  });

  it("reports only the broken interval, not a follow-up overlap", () => {
    const weeklyHours = [{ locationId: "loc-a", hours: [{ weekday: 1, start: "9", end: "10:00" }] }];
    expect(messages(aCounsellor({ weeklyHours }))).toEqual([
      'A time is written "HH:mm" between 00:00 and 23:59',
    ]);
  });

  it("speaks one language of the network at least", () => {
    expect(messages(aCounsellor({ languages: [] }))).toEqual(["A counsellor speaks one language at least"]);
    expect(CounsellorSchema.safeParse({ ...aCounsellor(), languages: ["xx"] }).success).toBe(false);
  });
});
