import {
  counsellorIdProblem,
  newCounsellor,
  newRoomId,
  removeAt,
  replaceAt,
  saveProblemsOf,
  toggled,
  withLocations,
} from "./directory-edits";

describe("directory edits", () => {
  it("replaces, removes and toggles without touching the original", () => {
    const list = ["a", "b", "c"];
    expect(replaceAt(list, 1, "x")).toEqual(["a", "x", "c"]);
    expect(removeAt(list, 0)).toEqual(["b", "c"]);
    expect(toggled(list, "d", true)).toEqual(["a", "b", "c", "d"]);
    expect(toggled(list, "a", true)).toEqual(["a", "b", "c"]);
    expect(toggled(list, "b", false)).toEqual(["a", "c"]);
    expect(list).toEqual(["a", "b", "c"]);
  });

  it("makes room ids booking accepts", () => {
    expect(newRoomId("loc-halle-sued", () => 0.5)).toMatch(/^room-halle-sued-[0-9a-f]{4}$/);
  });

  it("reads the server's problems and field issues", () => {
    expect(saveProblemsOf({ problems: ["Room x is at an unknown location"] })).toEqual([
      "Room x is at an unknown location",
    ]);
    expect(
      saveProblemsOf({
        issues: [{ path: "directory.services.0.defaultDurationMinutes", message: "multiple of 5" }],
      }),
    ).toEqual(["directory.services.0.defaultDurationMinutes: multiple of 5"]);
    expect(saveProblemsOf({ issues: { directory: ["The duration is a multiple of 5 minutes"] } })).toEqual([
      "directory: The duration is a multiple of 5 minutes",
    ]);
    expect(saveProblemsOf(null)).toEqual([]);
  });

  it("checks a new counsellor's id as booking does, and against the ones there", () => {
    const existing = [newCounsellor("cns-halle-anna", "org-saale-elbe")];
    expect(counsellorIdProblem("cns-halle-ben", existing)).toBeNull();
    expect(counsellorIdProblem("cns-halle-anna", existing)).toBe("taken");
    expect(counsellorIdProblem("halle-ben", existing)).toBe("invalid");
    expect(counsellorIdProblem("cns-Halle--ben", existing)).toBe("invalid");
  });

  it("keeps a counsellor's hours in step with their locations", () => {
    const hours = [{ weekday: 1, start: "09:00", end: "12:00" }];
    const counsellor = {
      ...newCounsellor("cns-halle-anna", "org-saale-elbe"),
      locationIds: ["loc-halle-sued"],
      weeklyHours: [{ locationId: "loc-halle-sued", hours }],
    };
    const both = withLocations(counsellor, ["loc-halle-sued", "loc-magdeburg"]);
    expect(both.weeklyHours).toEqual([
      { locationId: "loc-halle-sued", hours },
      { locationId: "loc-magdeburg", hours: [] },
    ]);
    expect(withLocations(both, ["loc-magdeburg"]).weeklyHours).toEqual([
      { locationId: "loc-magdeburg", hours: [] },
    ]);
  });
});
