import type { AppError } from "@counselling/platform";
import { demoDirectory } from "../../seed/demo-directory";
import { useBookingDatabase } from "../../testing/booking-test-kit";
import { directoryReplica, staffOf } from "../../testing/directory-test-kit";
import { type OrganisationDirectory, organisationDirectoryOf } from "./organisation-directory";

const admin = staffOf("org-westsachsen");
const westsachsen = (): OrganisationDirectory =>
  structuredClone(organisationDirectoryOf(demoDirectory, "org-westsachsen")!);
const saaleElbe = (): OrganisationDirectory =>
  structuredClone(organisationDirectoryOf(demoDirectory, "org-saale-elbe")!);
const save = (directory: OrganisationDirectory, expectedRevision = 1) => ({
  organisationId: directory.organisation.id,
  expectedRevision,
  directory,
});

/** The error a rejected promise carries, for assertions on its details. */
async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error as AppError,
  );
}

describe("an admin edits their organisation's directory, on the real database", () => {
  const db = useBookingDatabase("directory-admin");

  it("saves the slice, raises the revision, and this replica's reader sees it at once", async () => {
    const replica = await directoryReplica(db());
    const opened = await replica.getOrganisationDirectory.execute(
      { organisationId: "org-westsachsen" },
      admin,
    );
    expect(opened).toMatchObject({ revision: 1, updatedBy: "seed" });

    const edited = opened.directory;
    edited.counsellors[0]!.displayName = "Amira K.";
    const saved = await replica.saveOrganisationDirectory.execute(save(edited, opened.revision), admin);

    expect(saved).toEqual({ revision: 2 });
    const reopened = await replica.getOrganisationDirectory.execute(
      { organisationId: "org-westsachsen" },
      admin,
    );
    expect(reopened).toMatchObject({ revision: 2, updatedBy: admin.staffId });
    expect(reopened.directory.counsellors[0]?.displayName).toBe("Amira K.");
    expect(replica.reader.counsellor(edited.counsellors[0]!.id)?.displayName).toBe("Amira K.");
    await replica.reader.stop();
  });

  it("refuses a save over someone else's newer save (stale revision) and writes nothing", async () => {
    const replica = await directoryReplica(db());
    const first = westsachsen();
    first.organisation.name = "Erste Fassung";
    await replica.saveOrganisationDirectory.execute(save(first, 1), admin);
    const stampAfterFirst = await replica.store.revisionStamp();

    const late = westsachsen();
    late.organisation.name = "Späte Fassung";
    await expect(replica.saveOrganisationDirectory.execute(save(late, 1), admin)).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "directory_changed",
      details: { expectedRevision: 1, currentRevision: 2 },
    });
    expect(await replica.store.revisionStamp()).toBe(stampAfterFirst);
    expect(await replica.collections.revisions.countDocuments()).toBe(1);
    expect(replica.reader.organisation("org-westsachsen")?.name).toBe("Erste Fassung");
    await replica.reader.stop();
  });

  it("lists every problem of an inconsistent slice (unknown service, entries of another organisation) and writes nothing", async () => {
    const replica = await directoryReplica(db());
    const stampBefore = await replica.store.revisionStamp();
    const broken = westsachsen();
    broken.counsellors[0]!.serviceIds.push("svc-unknown");
    broken.locations.push(saaleElbe().locations[0]!); // another organisation's location, id and all
    broken.rooms.push({ ...saaleElbe().rooms[0]!, id: "room-borrowed" });

    const error = await failureOf(replica.saveOrganisationDirectory.execute(save(broken), admin));

    const cns = broken.counsellors[0]!.id;
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", reason: "directory_inconsistent" });
    expect(error.details?.problems).toEqual(
      expect.arrayContaining([
        'Location "loc-halle-sued" belongs to organisation "org-saale-elbe", not to "org-westsachsen"',
        'Room "room-borrowed" is at location "loc-halle-sued", which is not a location of "org-westsachsen"',
        'Id "loc-halle-sued" is used more than once',
        `Counsellor "${cns}" offers unknown service "svc-unknown"`,
      ]),
    );
    expect(await replica.store.revisionStamp()).toBe(stampBefore);
    expect(await replica.collections.revisions.countDocuments()).toBe(0);
    await replica.reader.stop();
  });

  it("refuses to remove what appointments ahead still point at, and lets go of what only past or cancelled ones did", async () => {
    const replica = await directoryReplica(db());
    const stampBefore = await replica.store.revisionStamp();
    const stored = westsachsen();
    const counsellor = stored.counsellors[0]!;
    const location = stored.locations.find((entry) => counsellor.locationIds.includes(entry.id))!;
    const service = stored.services.find((entry) => counsellor.serviceIds.includes(entry.id))!;
    const now = Date.now();
    // Only what the check reads: status, end of the claimed time, and what it points at.
    const appointment = (id: string, status: string, endsInMs: number) => ({
      _id: id,
      status,
      claimed: { start: new Date(now + endsInMs - 3_600_000), end: new Date(now + endsInMs) },
      details: {
        location: { locationId: location.id },
        service: { serviceId: service.id },
        counsellorId: counsellor.id,
      },
      resources: [{ kind: "counsellor", id: counsellor.id }],
    });
    const appointments = db().collection<{ _id: string }>("appointments");
    await appointments.insertMany([
      appointment("appointment-ahead-1", "booked", 86_400_000),
      appointment("appointment-ahead-2", "held", 2 * 86_400_000),
      appointment("appointment-over", "booked", -86_400_000),
      appointment("appointment-cancelled", "cancelled", 86_400_000),
    ]);

    const withoutCounsellor = westsachsen();
    withoutCounsellor.counsellors = withoutCounsellor.counsellors.filter(
      (entry) => entry.id !== counsellor.id,
    );
    const refused = await failureOf(
      replica.saveOrganisationDirectory.execute(save(withoutCounsellor), admin),
    );
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", reason: "directory_inconsistent" });
    expect(refused.details?.problems).toEqual([
      `Counsellor "${counsellor.id}" still has 2 appointments ahead; move or cancel them before removing it`,
    ]);
    expect(await replica.store.revisionStamp()).toBe(stampBefore);

    await appointments.deleteMany({ _id: { $in: ["appointment-ahead-1", "appointment-ahead-2"] } });
    expect(await replica.saveOrganisationDirectory.execute(save(withoutCounsellor), admin)).toEqual({
      revision: 2,
    });
    await appointments.deleteMany({});
    await replica.reader.stop();
  });

  it("points at the fields of invalid entries and writes nothing", async () => {
    const replica = await directoryReplica(db());
    const invalid = westsachsen();
    invalid.services[1]!.horizonDays = 0;
    invalid.rooms[0]!.id = "loc-not-a-room";

    const error = await failureOf(replica.saveOrganisationDirectory.execute(save(invalid), admin));

    expect(error).toMatchObject({ code: "VALIDATION_FAILED", reason: "directory_invalid" });
    expect(error.details?.issues).toEqual([
      { path: "directory.services.1.horizonDays", message: "The booking horizon is at least 1 day" },
      {
        path: "directory.rooms.0.id",
        message: 'Ids of rooms start with "room-", then lower-case letters, digits and single hyphens',
      },
    ]);
    expect(await replica.collections.revisions.countDocuments()).toBe(0);
    await replica.reader.stop();
  });

  it("lets only one of two organisations take the same new id when they save at the same time", async () => {
    const replica = await directoryReplica(db());
    const withNewLocation = (slice: OrganisationDirectory) => ({
      ...slice,
      locations: [...slice.locations, { ...slice.locations[0]!, id: "loc-shared-new" }],
    });
    const results = await Promise.allSettled([
      replica.saveOrganisationDirectory.execute(save(withNewLocation(westsachsen())), admin),
      replica.saveOrganisationDirectory.execute(
        save(withNewLocation(saaleElbe())),
        staffOf("org-saale-elbe"),
      ),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected")!;
    expect(refused.reason).toMatchObject({
      reason: "directory_inconsistent",
      details: { problems: ['Id "loc-shared-new" is used more than once'] },
    });
    const stored = await replica.store.loadAll();
    expect(stored.locations.filter((location) => location.id === "loc-shared-new")).toHaveLength(1);
    await replica.reader.stop();
  });

  it("refuses other roles and other organisations before looking at the slice", async () => {
    const replica = await directoryReplica(db());
    const garbage = { organisationId: "org-saale-elbe", expectedRevision: 1, directory: {} } as never;
    await expect(replica.saveOrganisationDirectory.execute(garbage, admin)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "out_of_scope",
    });
    for (const role of ["reception", "counsellor", "intake"] as const) {
      await expect(
        replica.getOrganisationDirectory.execute(
          { organisationId: "org-westsachsen" },
          staffOf("org-westsachsen", role),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "role_not_allowed" });
    }
    await replica.reader.stop();
  });
});
