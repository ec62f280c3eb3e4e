import { demoDirectory } from "../../seed/demo-directory";
import { organisationDirectoryOf } from "./organisation-directory";
import {
  type AppointmentAheadReferences,
  removedEntries,
  removedEntriesInUse,
} from "./removed-entries-in-use";

const stored = organisationDirectoryOf(demoDirectory, "org-saale-elbe")!;
const ahead = (overrides: Partial<AppointmentAheadReferences>): AppointmentAheadReferences => ({
  locationId: "loc-other",
  serviceId: "svc-other",
  counsellorId: "cns-other",
  resources: [],
  ...overrides,
});

describe("entries an admin removes while appointments ahead point at them", () => {
  it("finds what the new slice no longer has, of every kind", () => {
    const [location] = stored.locations;
    const [room] = stored.rooms;
    const next = {
      ...stored,
      locations: stored.locations.slice(1),
      rooms: stored.rooms.filter((entry) => entry.id !== room!.id),
    };
    expect(removedEntries(stored, next)).toEqual(
      expect.arrayContaining([
        { kind: "Location", id: location!.id },
        { kind: "Room", id: room!.id },
      ]),
    );
    expect(removedEntries(stored, stored)).toEqual([]);
    expect(removedEntries(undefined, stored)).toEqual([]);
  });

  it("names each removed entry still in use with its count, and no other", () => {
    const removed = [
      { kind: "Location", id: "loc-a" },
      { kind: "Service", id: "svc-a" },
      { kind: "Room", id: "room-a" },
      { kind: "Interpreter", id: "int-a" },
      { kind: "Counsellor", id: "cns-unused" },
    ] as const;
    const appointments = [
      ahead({ locationId: "loc-a", serviceId: "svc-a" }),
      ahead({ locationId: "loc-a", resources: [{ kind: "room", id: "room-a" }] }),
      ahead({ resources: [{ kind: "interpreter", id: "int-a" }] }),
    ];
    expect(removedEntriesInUse(removed, appointments)).toEqual([
      'Location "loc-a" still has 2 appointments ahead; move or cancel them before removing it',
      'Service "svc-a" still has 1 appointment ahead; move or cancel it before removing it',
      'Room "room-a" still has 1 appointment ahead; move or cancel it before removing it',
      'Interpreter "int-a" still has 1 appointment ahead; move or cancel it before removing it',
    ]);
  });
});
