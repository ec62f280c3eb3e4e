import { newRoomId, removeAt, replaceAt, saveProblemsOf, toggled } from "./directory-edits";

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
});
