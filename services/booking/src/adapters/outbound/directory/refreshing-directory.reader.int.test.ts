import { waitFor } from "@counselling/testkit";
import { organisationDirectoryOf } from "../../../application/directory-admin/organisation-directory";
import { demoDirectory } from "../../../seed/demo-directory";
import { useBookingDatabase } from "../../../testing/booking-test-kit";
import { directoryCollections, directoryReplica, staffOf } from "../../../testing/directory-test-kit";

const renamedWestsachsen = (name: string) => {
  const slice = structuredClone(organisationDirectoryOf(demoDirectory, "org-westsachsen")!);
  slice.organisation.name = name;
  return { organisationId: "org-westsachsen", expectedRevision: 1, directory: slice };
};

describe("the refreshing directory reader on the real database", () => {
  const db = useBookingDatabase("directory-reader");

  it("serves the seeded directory once started", async () => {
    const replica = await directoryReplica(db());
    expect(replica.reader.current().organisations).toHaveLength(demoDirectory.organisations.length);
    expect(replica.reader.counsellorsOf(demoDirectory.services[0]!.id).length).toBeGreaterThan(0);
    await replica.reader.stop();
  });

  it("shows an edit saved on another replica after refreshNow, and by itself within the interval", async () => {
    const collections = directoryCollections(db());
    const editing = await directoryReplica(db(), { collections });
    const idle = await directoryReplica(db(), { collections, intervalMs: 60_000 });
    const polling = await directoryReplica(db(), { collections, intervalMs: 100 });
    const nameOn = (replica: typeof idle) => replica.reader.organisation("org-westsachsen")?.name;

    await editing.saveOrganisationDirectory.execute(
      renamedWestsachsen("Neu benannt"),
      staffOf("org-westsachsen"),
    );

    expect(nameOn(editing)).toBe("Neu benannt"); // its own save refreshed it
    expect(nameOn(idle)).not.toBe("Neu benannt"); // a minute-long interval has not come yet
    await idle.reader.refreshNow();
    expect(nameOn(idle)).toBe("Neu benannt");
    await waitFor(
      () => nameOn(polling),
      (name) => name === "Neu benannt",
      { timeoutMs: 5_000, what: "the polling replica to load the edit" },
    );
    await Promise.all([editing, idle, polling].map((replica) => replica.reader.stop()));
  });
});
