import type { Directory } from "./directory-edits";
import { serverProblemsOf } from "./server-problems";

const sent = {
  organisation: { id: "org-x", name: "X", federalState: "DE-ST" },
  locations: [],
  services: [{ id: "svc-x-mbe" }, { id: "svc-x-psz" }],
  counsellors: [],
  rooms: [],
  interpreters: [],
} as unknown as Directory;

describe("booking's reasons for refusing a save", () => {
  it("translates the sentences booking writes and finds the entry they are about", () => {
    const problems = serverProblemsOf(
      {
        problems: [
          'Service "svc-x-psz" is offered in person but none of its locations has a room for 2',
          'Counsellor "cns-x-anna" offers service "svc-x-psz" but has no hours at its locations in its channels',
          'Id "svc-x-mbe" is used more than once',
          'Room "room-x-1" is at unknown location "loc-gone"',
          "Interpreter \"int-pool-abdi\" belongs to the network's pool, which organisation admins don't edit",
          'Location "loc-x-nord" still has 3 appointments ahead; move or cancel them before removing it',
          "Something booking says in a new way",
        ],
      },
      sent,
    );
    expect(problems.map(({ entryId, key, values }) => ({ entryId, key, values }))).toEqual([
      { entryId: "svc-x-psz", key: "noRoomForService", values: { seats: "2" } },
      { entryId: "cns-x-anna", key: "serviceWithoutHours", values: { service: "svc-x-psz" } },
      { entryId: "svc-x-mbe", key: "idTaken", values: { id: "svc-x-mbe" } },
      { entryId: "room-x-1", key: "unknownOffice", values: { office: "loc-gone" } },
      { entryId: "int-pool-abdi", key: "notOwnEntry", values: {} },
      {
        entryId: "loc-x-nord",
        key: "entryStillBooked",
        values: { entry: "loc-x-nord", appointments: "3" },
      },
      { entryId: null, key: null, values: {} },
    ]);
    expect(problems[6]?.original).toBe("Something booking says in a new way");
  });

  it("points issues with a path at the entry sent at that index, and keeps flattened ones as sentences", () => {
    expect(
      serverProblemsOf(
        { issues: [{ path: "directory.services.1.horizonDays", message: "at most 365 days" }] },
        sent,
      ),
    ).toEqual([
      { entryId: "svc-x-psz", field: "horizonDays", key: null, values: {}, original: "at most 365 days" },
    ]);
    expect(
      serverProblemsOf({ issues: { directory: ["The duration is a multiple of 5 minutes"] } }, sent),
    ).toEqual([
      {
        entryId: null,
        field: null,
        key: null,
        values: {},
        original: "The duration is a multiple of 5 minutes",
      },
    ]);
    expect(serverProblemsOf(null, sent)).toEqual([]);
  });
});
