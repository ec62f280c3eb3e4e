import { checkDirectory } from "./directory-check";
import { type Directory, newCounsellor, newInterpreter, newService } from "./directory-edits";

const location = {
  id: "loc-halle",
  organisationId: "org-x",
  name: "Halle",
  address: { street: "Saalgartenweg 3", postalCode: "06110", city: "Halle (Saale)" },
  federalState: "DE-ST",
  timeZone: "Europe/Berlin",
  openingHours: [{ weekday: 1, start: "09:00", end: "12:00" }],
  exceptions: [{ date: "2026-12-24", open: false }],
  accessibilityNotes: { de: "Ohne Stufen.", en: "No steps." },
} as Directory["locations"][number];

const service = {
  ...newService("svc-x-mbe", "org-x", "adult_migration_counselling", { de: "MBE", en: "MBE" }, ["loc-halle"]),
  description: { de: "Wir helfen.", en: "We help." },
};

const counsellor = {
  ...newCounsellor("cns-x-anna", "org-x"),
  displayName: "Anna B.",
  languages: ["de" as const],
  locationIds: ["loc-halle"],
  weeklyHours: [{ locationId: "loc-halle", hours: [{ weekday: 1, start: "09:00", end: "12:00" }] }],
};

function directory(overrides: Partial<Directory> = {}): Directory {
  return {
    organisation: { id: "org-x", name: "X", federalState: "DE-ST" },
    locations: [location],
    services: [service],
    counsellors: [counsellor],
    rooms: [{ id: "room-halle-1", locationId: "loc-halle", name: "Raum 1", capacity: 3, accessible: true }],
    interpreters: [],
    ...overrides,
  };
}

const found = (value: Directory) =>
  checkDirectory(value).map(({ entryId, field, rule }) => `${entryId} ${field} ${rule}`);

describe("the directory form's own check", () => {
  it("finds nothing in a directory booking would take", () => {
    expect(checkDirectory(directory())).toEqual([]);
  });

  it("names a service's timing and texts field by field, as booking's schema would refuse them", () => {
    const broken = {
      ...service,
      description: { de: "Wir helfen.", en: " ", ar: "" },
      defaultDurationMinutes: 47,
      bufferAfterMinutes: Number.NaN,
      horizonDays: 0,
      groupCapacity: 1,
      languages: [],
    };
    expect(found(directory({ services: [broken] }))).toEqual([
      "svc-x-mbe description.en required",
      "svc-x-mbe description.ar required",
      "svc-x-mbe languages chooseOne",
      "svc-x-mbe defaultDurationMinutes minutes",
      "svc-x-mbe bufferAfterMinutes minutes",
      "svc-x-mbe horizonDays range",
      "svc-x-mbe groupCapacity groupCapacity",
    ]);
    expect(checkDirectory(directory({ services: [broken] }))[3]?.values).toEqual({ min: 5, max: 480 });
  });

  it("checks an office's address, hours and dated exceptions", () => {
    const office = {
      ...location,
      address: { street: "", postalCode: "6110", city: "Halle" },
      openingHours: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "11:00", end: "13:00" },
      ],
      exceptions: [
        { date: "2026-12-24", open: false as const },
        { date: "2026-12-24", open: true as const, intervals: [{ start: "10:00", end: "09:00" }] },
        { date: "", open: true as const, intervals: [] },
      ],
    };
    expect(found(directory({ locations: [office] }))).toEqual([
      "loc-halle address.street required",
      "loc-halle address.postalCode postalCode",
      "loc-halle openingHours overlap",
      "loc-halle exceptions.1.date dateRepeated",
      "loc-halle exceptions.1.intervals.0.end endAfterStart",
      "loc-halle exceptions.2.date dateInvalid",
      "loc-halle exceptions.2.intervals openDayNeedsTime",
    ]);
  });

  it("checks a counsellor's absences and that their hours at two offices do not overlap", () => {
    const away = {
      ...counsellor,
      locationIds: ["loc-halle", "loc-magdeburg"],
      weeklyHours: [
        ...counsellor.weeklyHours,
        { locationId: "loc-magdeburg", hours: [{ weekday: 1, start: "11:00", end: "15:00" }] },
      ],
      absences: [
        { start: "2026-08-03T07:00:00.000Z", end: "2026-08-14T15:00:00.000Z" },
        { start: "2026-08-20T07:00:00.000Z", end: "2026-08-20T07:00:00.000Z" },
        { start: "", end: "2026-08-20T07:00:00.000Z" },
      ],
    };
    expect(found(directory({ counsellors: [away] }))).toEqual([
      "cns-x-anna weeklyHours overlapAcrossOffices",
      "cns-x-anna absences.1.end endAfterStart",
      "cns-x-anna absences.2.start dateTimeInvalid",
    ]);
  });

  it("checks interpreters: a language, a mode, and offices exactly when they come in person", () => {
    const comesInPerson = {
      ...newInterpreter("int-x-leyla", "org-x"),
      displayName: "Leyla",
      modes: ["in_person" as const],
    };
    const byPhoneWithOffice = {
      ...newInterpreter("int-x-omid", "org-x"),
      displayName: "Omid",
      languages: { fa: ["Dari"] },
      locationIds: ["loc-halle"],
    };
    expect(found(directory({ interpreters: [comesInPerson, byPhoneWithOffice] }))).toEqual([
      "int-x-leyla languages chooseOne",
      "int-x-leyla locationIds inPersonNeedsOffice",
      "int-x-omid locationIds officesOnlyInPerson",
    ]);
  });
});
