import { uniqueId } from "@counselling/testkit";
import type { Db } from "mongodb";
import { organisationDirectoryOf } from "../../../application/directory-admin/organisation-directory";
import type { Directory } from "../../../domain/directory/directory";
import { demoDirectory } from "../../../seed/demo-directory";
import { useBookingDatabase } from "../../../testing/booking-test-kit";
import {
  type DirectoryDocument,
  type DirectoryRevisionDocument,
  INTERPRETER_POOL_ID,
  revisionDocumentId,
} from "./mongo-directory.document";
import { MongoDirectoryStore } from "./mongo-directory.store";

/** A store on collections of its own, so that the tests of this suite don't see each other's edits. */
function aStore(db: Db) {
  const suffix = uniqueId();
  const collections = {
    documents: db.collection<DirectoryDocument>(`directory_${suffix}`),
    revisions: db.collection<DirectoryRevisionDocument>(`directory_revisions_${suffix}`),
    leases: db.collection(`leases_${suffix}`),
  };
  // `another()` is a second replica: its own store object on the same collections.
  return {
    store: new MongoDirectoryStore(collections),
    ...collections,
    another: () => new MongoDirectoryStore(collections),
  };
}

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id).sort();
const westsachsen = () => organisationDirectoryOf(demoDirectory, "org-westsachsen")!;

function expectSameDirectory(actual: Directory, expected: Directory) {
  for (const key of Object.keys(expected) as (keyof Directory)[]) {
    expect(ids(actual[key])).toEqual(ids(expected[key]));
  }
}

describe("the directory in MongoDB", () => {
  const db = useBookingDatabase("directory-store");

  it("seeds one document per organisation plus the interpreter pool, once, even when two replicas seed at the same time", async () => {
    const { store, documents, another } = aStore(db());
    const first = await Promise.all([store.seedIfEmpty(demoDirectory), another().seedIfEmpty(demoDirectory)]);
    expect(first.flat().sort()).toEqual(
      [INTERPRETER_POOL_ID, ...demoDirectory.organisations.map((o) => o.id)].sort(),
    );
    expect(await store.seedIfEmpty(demoDirectory)).toEqual([]);

    const stored = await documents.find({}, { projection: { revision: 1 } }).toArray();
    expect(stored.map((document) => [document._id, document.revision]).sort()).toEqual(
      [INTERPRETER_POOL_ID, "org-mittelthueringen", "org-saale-elbe", "org-westsachsen"].map((id) => [id, 1]),
    );
    expectSameDirectory(await store.loadAll(), demoDirectory);
    // What is read back is what was seeded, field for field (services' decided `sensitive` included).
    expect(await store.loadOrganisation("org-westsachsen")).toMatchObject({
      directory: westsachsen(),
      revision: 1,
      updatedBy: "seed",
    });
  });

  it("replaces a slice only at the expected revision; a lost update is a conflict and writes nothing", async () => {
    const { store } = aStore(db());
    await store.seedIfEmpty(demoDirectory);
    const stampBefore = await store.revisionStamp();
    const renamed = { ...westsachsen(), organisation: { ...westsachsen().organisation, name: "Neu" } };

    expect(await store.replaceOrganisation(renamed, 1, "staff-ada")).toBe(2);
    const stampAfter = await store.revisionStamp();
    expect(stampAfter).not.toBe(stampBefore);

    const stale = { ...westsachsen(), organisation: { ...westsachsen().organisation, name: "Verloren" } };
    await expect(store.replaceOrganisation(stale, 1, "staff-bob")).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "directory_changed",
      details: { expectedRevision: 1, currentRevision: 2 },
    });
    expect(await store.loadOrganisation("org-westsachsen")).toMatchObject({
      directory: { organisation: { name: "Neu" } },
      revision: 2,
      updatedBy: "staff-ada",
    });
    expect(await store.revisionStamp()).toBe(stampAfter);
  });

  it("lets exactly one of 20 concurrent saves from the same revision win", async () => {
    const { store, another } = aStore(db());
    await store.seedIfEmpty(demoDirectory);
    const names = Array.from({ length: 20 }, (_, i) => `Name ${i}`);
    const results = await Promise.allSettled(
      names.map((name) =>
        another().replaceOrganisation(
          { ...westsachsen(), organisation: { ...westsachsen().organisation, name } },
          1,
          `staff-${name}`,
        ),
      ),
    );
    const winners = names.filter((_, i) => results[i]!.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const refusals = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason as unknown] : [],
    );
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals)
      expect(refusal).toMatchObject({ code: "CONFLICT", reason: "directory_changed" });
    expect(await store.loadOrganisation("org-westsachsen")).toMatchObject({
      directory: { organisation: { name: winners[0] } },
      revision: 2,
    });
  });

  it("rolls a save that died after claiming its revision forward on the next read", async () => {
    const { store, revisions, documents } = aStore(db());
    await store.seedIfEmpty(demoDirectory);
    const stampBefore = await store.revisionStamp();
    // What replaceOrganisation's first write leaves when the process dies right after it.
    await revisions.insertOne({
      _id: revisionDocumentId("org-westsachsen", 2),
      organisationId: "org-westsachsen",
      ...westsachsen(),
      organisation: { ...westsachsen().organisation, name: "Halb gespeichert" },
      revision: 2,
      updatedAt: new Date(),
      updatedBy: "staff-ada",
    });
    expect(await store.loadOrganisation("org-westsachsen")).toMatchObject({
      directory: { organisation: { name: "Halb gespeichert" } },
      revision: 2,
    });
    expect(await store.revisionStamp()).not.toBe(stampBefore);
    expect(await documents.findOne({ _id: "org-westsachsen" })).toMatchObject({
      revision: 2,
      updatedBy: "staff-ada",
    });
    await expect(store.replaceOrganisation(westsachsen(), 1, "staff-bob")).rejects.toMatchObject({
      reason: "directory_changed",
    });
  });

  it("answers NOT_FOUND for an organisation that is not stored", async () => {
    const { store } = aStore(db());
    const unknown = { ...westsachsen(), organisation: { ...westsachsen().organisation, id: "org-unknown" } };
    await expect(store.replaceOrganisation(unknown, 1, "staff-ada")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await store.loadOrganisation("org-unknown")).toBeNull();
  });

  it("runs savers one at a time across store instances (replicas)", async () => {
    const { store, another } = aStore(db());
    const trace: string[] = [];
    const saver = (name: string) => async () => {
      trace.push(`${name} in`);
      await new Promise((resolve) => setImmediate(resolve));
      trace.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([store.exclusively(saver("a")), another().exclusively(saver("b"))]);
    expect(results).toEqual(["a", "b"]);
    // No interleaving: whoever went in first came out before the other went in.
    expect(trace.map((entry) => entry.split(" ")[0])).toEqual([
      trace[0]!.split(" ")[0],
      trace[0]!.split(" ")[0],
      trace[2]!.split(" ")[0],
      trace[2]!.split(" ")[0],
    ]);
    expect(trace[0]!.split(" ")[0]).not.toBe(trace[2]!.split(" ")[0]);
  });
});
