import { DatedExceptionSchema, DatedExceptionsSchema, WeeklyHoursSchema } from "./opening-hours";

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("WeeklyHours", () => {
  it("accepts a week with a lunch break and a late Thursday", () => {
    const hours = [
      { weekday: 1, start: "09:00", end: "12:30" },
      { weekday: 1, start: "13:30", end: "16:00" },
      { weekday: 4, start: "09:00", end: "18:30" },
    ];
    expect(WeeklyHoursSchema.parse(hours)).toEqual(hours);
  });

  it("accepts intervals that touch: a half-open end is free for the next start", () => {
    const touching = [
      { weekday: 2, start: "09:00", end: "12:00" },
      { weekday: 2, start: "12:00", end: "14:00" },
    ];
    expect(WeeklyHoursSchema.safeParse(touching).success).toBe(true);
  });

  it("numbers weekdays ISO-style from Monday 1 to Sunday 7", () => {
    expect(WeeklyHoursSchema.safeParse([{ weekday: 7, start: "10:00", end: "12:00" }]).success).toBe(true);
    expect(WeeklyHoursSchema.safeParse([{ weekday: 0, start: "10:00", end: "12:00" }]).success).toBe(false);
    expect(WeeklyHoursSchema.safeParse([{ weekday: 8, start: "10:00", end: "12:00" }]).success).toBe(false);
  });

  it.each(["9:00", "24:00", "12:60", "12.00", "noon"])("refuses the time %j", (time) => {
    expect(messages(WeeklyHoursSchema.safeParse([{ weekday: 1, start: time, end: "23:59" }]))).toEqual([
      'A time is written "HH:mm" between 00:00 and 23:59',
    ]);
  });

  it("refuses an interval that does not end after its start", () => {
    const result = WeeklyHoursSchema.safeParse([{ weekday: 1, start: "12:00", end: "12:00" }]);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: "The end must be after the start", path: [0, "end"] }),
    ]);
  });

  it("refuses overlapping intervals on the same weekday, and names them", () => {
    const result = WeeklyHoursSchema.safeParse([
      { weekday: 3, start: "09:00", end: "12:00" },
      { weekday: 3, start: "11:00", end: "13:00" },
      { weekday: 4, start: "11:00", end: "13:00" },
    ]);
    expect(messages(result)).toEqual(["Weekday 3: 09:00–12:00 overlaps 11:00–13:00"]);
  });
});

describe("DatedException", () => {
  it("is a closed day or an open day with its own intervals", () => {
    expect(DatedExceptionSchema.safeParse({ date: "2026-12-24", open: false }).success).toBe(true);
    const infoDay = { date: "2026-09-12", open: true, intervals: [{ start: "10:00", end: "14:00" }] };
    expect(DatedExceptionSchema.parse(infoDay)).toEqual(infoDay);
  });

  it("refuses an open day without intervals", () => {
    expect(
      messages(DatedExceptionSchema.safeParse({ date: "2026-09-12", open: true, intervals: [] })),
    ).toEqual(["An open exception needs at least one interval"]);
    expect(DatedExceptionSchema.safeParse({ date: "2026-09-12", open: true }).success).toBe(false);
  });

  it("refuses dates that do not exist and overlapping intervals", () => {
    expect(DatedExceptionSchema.safeParse({ date: "2026-02-30", open: false }).success).toBe(false);
    const overlapping = {
      date: "2026-09-12",
      open: true,
      intervals: [
        { start: "10:00", end: "12:00" },
        { start: "11:00", end: "13:00" },
      ],
    };
    expect(messages(DatedExceptionSchema.safeParse(overlapping))).toEqual([
      "Intervals of one day must not overlap",
    ]);
  });

  it("allows one exception per date", () => {
    const twice = [
      { date: "2026-12-24", open: false },
      { date: "2026-12-24", open: true, intervals: [{ start: "09:00", end: "12:00" }] },
    ];
    expect(messages(DatedExceptionsSchema.safeParse(twice))).toEqual([
      "Exception dates must not repeat: 2026-12-24",
    ]);
  });
});
