import { type DirectoryInput, DirectorySchema, validateDirectoryReferences } from "./directory";
import {
  aCounsellor,
  aDirectory,
  aLocation,
  anInterpreter,
  anOrganisation,
  aRoom,
  aService,
} from "./directory.mother";

const problemsOf = (input: DirectoryInput) => validateDirectoryReferences(DirectorySchema.parse(input));

/** A second organisation with its own location, to test references across organisations. */
const otherOrganisation = {
  organisations: [anOrganisation(), anOrganisation({ id: "org-other" })],
  locations: [aLocation(), aLocation({ id: "loc-other", organisationId: "org-other" })],
  rooms: [aRoom(), aRoom({ id: "room-other", locationId: "loc-other" })],
};

describe("Directory", () => {
  it("parses a consistent directory and finds no problems", () => {
    expect(problemsOf(aDirectory())).toEqual([]);
  });

  it("names where an entry is invalid", () => {
    const result = DirectorySchema.safeParse(aDirectory({ rooms: [aRoom({ capacity: 0 })] }));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["rooms", 0, "capacity"],
        message: "A room holds at least one person",
      }),
    ]);
  });

  it("finds ids used twice", () => {
    expect(problemsOf(aDirectory({ rooms: [aRoom(), aRoom()] }))).toEqual([
      'Id "room-test" is used more than once',
    ]);
  });

  it("finds locations and rooms pointing nowhere", () => {
    const orphan = aLocation({ id: "loc-orphan", organisationId: "org-gone" });
    expect(problemsOf(aDirectory({ locations: [aLocation(), orphan] }))).toEqual([
      'Location "loc-orphan" belongs to unknown organisation "org-gone"',
    ]);
    const strayRoom = aRoom({ id: "room-stray", locationId: "loc-gone" });
    expect(problemsOf(aDirectory({ rooms: [aRoom(), strayRoom] }))).toEqual([
      'Room "room-stray" is at unknown location "loc-gone"',
    ]);
  });

  it("finds services at unknown locations or at another organisation's", () => {
    expect(
      problemsOf(aDirectory({ services: [aService({ locationIds: ["loc-test", "loc-gone"] })] })),
    ).toEqual(['Service "svc-test" refers to unknown location "loc-gone"']);
    const borrowed = aService({ locationIds: ["loc-test", "loc-other"] });
    expect(problemsOf(aDirectory({ ...otherOrganisation, services: [borrowed] }))).toEqual([
      'Service "svc-test" refers to location "loc-other" of another organisation (org-other)',
    ]);
  });

  it("finds in-person services without a room that fits", () => {
    expect(problemsOf(aDirectory({ rooms: [] }))).toEqual([
      'Service "svc-test" is offered in person but none of its locations has a room for 2',
    ]);
    const group = aService({ kind: "respect_coaches", groupCapacity: 20 });
    expect(problemsOf(aDirectory({ services: [group], rooms: [aRoom({ capacity: 12 })] }))).toEqual([
      'Service "svc-test" is offered in person but none of its locations has a room for 21',
    ]);
  });

  it("finds counsellors offering another organisation's service", () => {
    const foreign = aService({ id: "svc-other", organisationId: "org-other", locationIds: ["loc-other"] });
    const counsellor = aCounsellor({ serviceIds: ["svc-test", "svc-other", "svc-gone"] });
    expect(
      problemsOf(
        aDirectory({ ...otherOrganisation, services: [aService(), foreign], counsellors: [counsellor] }),
      ),
    ).toEqual([
      'Counsellor "cns-test" offers service "svc-other" of another organisation (org-other)',
      'Counsellor "cns-test" offers unknown service "svc-gone"',
    ]);
  });

  it("finds counsellor hours at a location they are not assigned to", () => {
    const counsellor = aCounsellor({
      weeklyHours: [
        { locationId: "loc-test", hours: [{ weekday: 1, start: "09:00", end: "12:00" }] },
        { locationId: "loc-other", hours: [{ weekday: 2, start: "09:00", end: "12:00" }] },
      ],
    });
    expect(problemsOf(aDirectory({ ...otherOrganisation, counsellors: [counsellor] }))).toEqual([
      'Counsellor "cns-test" has hours at location "loc-other" but is not assigned to it',
    ]);
  });

  it("finds counsellors who offer a service they can never deliver", () => {
    const noHours = aCounsellor({ weeklyHours: [] });
    expect(problemsOf(aDirectory({ counsellors: [noHours] }))).toEqual([
      'Counsellor "cns-test" offers service "svc-test" but has no hours at its locations in its channels',
    ]);
    const videoOnly = aCounsellor({ channels: ["video"] });
    expect(problemsOf(aDirectory({ counsellors: [videoOnly] }))).toHaveLength(1);
  });

  it("lets pool interpreters reach any location, an organisation's own only its locations", () => {
    const pool = anInterpreter({ locationIds: ["loc-test", "loc-other"] });
    expect(problemsOf(aDirectory({ ...otherOrganisation, interpreters: [pool] }))).toEqual([]);
    const own = anInterpreter({ organisationId: "org-test", locationIds: ["loc-other", "loc-gone"] });
    expect(problemsOf(aDirectory({ ...otherOrganisation, interpreters: [own] }))).toEqual([
      'Interpreter "int-test" refers to location "loc-other" of another organisation (org-other)',
      'Interpreter "int-test" refers to unknown location "loc-gone"',
    ]);
  });
});
