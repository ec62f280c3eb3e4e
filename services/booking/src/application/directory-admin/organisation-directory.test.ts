import { type Directory, DirectorySchema } from "../../domain/directory/directory";
import {
  aCounsellor,
  aDirectory,
  aLocation,
  anInterpreter,
  anOrganisation,
  aRoom,
  aService,
} from "../../domain/directory/directory.mother";
import {
  foreignEntryProblems,
  type OrganisationDirectory,
  organisationDirectoryOf,
  withOrganisationReplaced,
} from "./organisation-directory";

/** The test organisation plus a second one ("org-other") with one of everything. */
const network: Directory = DirectorySchema.parse(
  aDirectory({
    organisations: [anOrganisation(), anOrganisation({ id: "org-other", name: "Andere" })],
    locations: [aLocation(), aLocation({ id: "loc-other", organisationId: "org-other" })],
    services: [
      aService(),
      aService({ id: "svc-other", organisationId: "org-other", locationIds: ["loc-other"] }),
    ],
    counsellors: [
      aCounsellor(),
      aCounsellor({
        id: "cns-other",
        organisationId: "org-other",
        serviceIds: ["svc-other"],
        locationIds: ["loc-other"],
        weeklyHours: [{ locationId: "loc-other", hours: [{ weekday: 2, start: "09:00", end: "12:00" }] }],
      }),
    ],
    rooms: [aRoom(), aRoom({ id: "room-other", locationId: "loc-other" })],
    interpreters: [
      anInterpreter(),
      anInterpreter({ id: "int-own", organisationId: "org-test", modes: ["phone"], locationIds: [] }),
    ],
  }),
);

const slice = (): OrganisationDirectory => organisationDirectoryOf(network, "org-test")!;
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id).sort();

describe("organisationDirectoryOf", () => {
  it("takes the organisation's own entries, its rooms through its locations, and no pool interpreter", () => {
    const own = slice();
    expect(own.organisation.id).toBe("org-test");
    expect(ids(own.locations)).toEqual(["loc-test"]);
    expect(ids(own.services)).toEqual(["svc-test"]);
    expect(ids(own.counsellors)).toEqual(["cns-test"]);
    expect(ids(own.rooms)).toEqual(["room-test"]);
    expect(ids(own.interpreters)).toEqual(["int-own"]);
  });

  it("is undefined for an organisation the directory does not know", () => {
    expect(organisationDirectoryOf(network, "org-unknown")).toBeUndefined();
  });
});

describe("withOrganisationReplaced", () => {
  it("gives the same directory back when the slice is unchanged", () => {
    const replaced = withOrganisationReplaced(network, slice());
    for (const key of Object.keys(network) as (keyof Directory)[]) {
      expect(ids(replaced[key])).toEqual(ids(network[key]));
    }
  });

  it("drops what the slice no longer has (a room removed with its location) and keeps the other organisation", () => {
    const replaced = withOrganisationReplaced(network, {
      ...slice(),
      locations: [aLocation({ id: "loc-new" })],
      rooms: [aRoom({ id: "room-new", locationId: "loc-new" })],
    });
    expect(ids(replaced.locations)).toEqual(["loc-new", "loc-other"]);
    expect(ids(replaced.rooms)).toEqual(["room-new", "room-other"]);
    expect(ids(replaced.interpreters)).toEqual(["int-own", "int-test"]);
  });
});

describe("foreignEntryProblems", () => {
  it("is empty for the organisation's own slice", () => {
    expect(foreignEntryProblems(slice())).toEqual([]);
  });

  it("names every entry of another organisation or of the pool", () => {
    const other = organisationDirectoryOf(network, "org-other")!;
    const problems = foreignEntryProblems({
      ...slice(),
      locations: [...slice().locations, ...other.locations],
      services: other.services,
      counsellors: other.counsellors,
      rooms: [...slice().rooms, ...other.rooms.map((room) => ({ ...room, locationId: "loc-elsewhere" }))],
      interpreters: [anInterpreter(), anInterpreter({ id: "int-foreign", organisationId: "org-other" })],
    });
    expect(problems).toEqual([
      'Location "loc-other" belongs to organisation "org-other", not to "org-test"',
      'Service "svc-other" belongs to organisation "org-other", not to "org-test"',
      'Counsellor "cns-other" belongs to organisation "org-other", not to "org-test"',
      'Room "room-other" is at location "loc-elsewhere", which is not a location of "org-test"',
      `Interpreter "int-test" belongs to the network's pool, which organisation admins don't edit`,
      'Interpreter "int-foreign" belongs to organisation "org-other", not to "org-test"',
    ]);
  });
});
