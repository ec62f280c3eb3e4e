import {
  type Directory,
  entryIdProblem,
  idsOf,
  newCounsellor,
  newInterpreter,
  newRoomId,
  newService,
  removeAt,
  replaceAt,
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

  it("checks a new entry's id as booking does, and against the ids there", () => {
    const taken = new Set(["cns-halle-anna", "svc-halle-mbe"]);
    expect(entryIdProblem("counsellor", "cns-halle-ben", taken)).toBeNull();
    expect(entryIdProblem("counsellor", "cns-halle-anna", taken)).toBe("taken");
    expect(entryIdProblem("counsellor", "halle-ben", taken)).toBe("invalid");
    expect(entryIdProblem("counsellor", "cns-Halle--ben", taken)).toBe("invalid");
    expect(entryIdProblem("service", "svc-halle-psz", taken)).toBeNull();
    expect(entryIdProblem("service", "cns-halle-psz", taken)).toBe("invalid");
    expect(entryIdProblem("interpreter", "int-halle-leyla", taken)).toBeNull();
  });

  it("collects every id of the slice, and starts new entries as booking's schema needs them", () => {
    const service = newService("svc-x-psz", "org-x", "psychosocial_centre", { de: "PSZ", en: "PSZ" }, [
      "loc-x",
    ]);
    expect(service).toMatchObject({ sensitive: true, locationIds: ["loc-x"], defaultDurationMinutes: 45 });
    expect(
      newService("svc-x-mbe", "org-x", "adult_migration_counselling", { de: "a", en: "b" }, []).sensitive,
    ).toBe(false);
    const directory = {
      organisation: { id: "org-x", name: "X", federalState: "DE-ST" },
      locations: [],
      services: [service],
      counsellors: [newCounsellor("cns-x-a", "org-x")],
      rooms: [],
      interpreters: [newInterpreter("int-x-b", "org-x")],
    } as unknown as Directory;
    expect([...idsOf(directory)].sort()).toEqual(["cns-x-a", "int-x-b", "org-x", "svc-x-psz"]);
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
