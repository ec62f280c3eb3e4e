import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { openDb } from "../test-fixtures/counter-fixture";
import { DocumentLocks } from "./document-locks";

describe("document locks on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("document-locks");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  it("makes compare-and-set exact: of 20 racing writers of one version, one wins", async () => {
    const docs = db.collection<{ _id: string; version: number; writer?: number }>("docs");
    const locks = DocumentLocks.on(db.collection("locks"));
    for (let round = 0; round < 5; round++) {
      const id = `doc-${round}`;
      await docs.insertOne({ _id: id, version: 1 });
      const matched = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          locks.withLock(`docs:${id}`, async () => {
            const result = await docs.updateOne({ _id: id, version: 1 }, { $set: { version: 2, writer } });
            return result.matchedCount;
          }),
        ),
      );
      expect(matched.reduce((sum, count) => sum + count, 0)).toBe(1);
    }
  });

  it("serialises read-modify-write: 30 concurrent increments all count", async () => {
    const counters = db.collection<{ _id: string; value: number }>("counters");
    const locks = DocumentLocks.on(db.collection("locks"));
    await counters.insertOne({ _id: "c", value: 0 });
    await Promise.all(
      Array.from({ length: 30 }, () =>
        locks.withLock("counters:c", async () => {
          const current = await counters.findOne({ _id: "c" });
          await counters.updateOne({ _id: "c" }, { $set: { value: (current?.value ?? 0) + 1 } });
        }),
      ),
    );
    expect((await counters.findOne({ _id: "c" }))?.value).toBe(30);
  });

  it("does not let a crashed holder block for ever: its lock stops counting after two epochs", async () => {
    const lockDocs = db.collection<{ _id: string; at: number }>("crash-locks");
    const locks = new DocumentLocks(lockDocs, { epochMs: 200, waitMs: 2_000 });
    // A holder that died inside its critical section: its lock document stays.
    const epoch = Math.floor(Date.now() / 200);
    await lockDocs.insertOne({ _id: `k#${epoch}`, at: Date.now() });
    const started = Date.now();
    await locks.withLock("k", () => Promise.resolve());
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(
      new DocumentLocks(lockDocs, { epochMs: 60_000, waitMs: 100 }).withLock("busy", async () => {
        await lockDocs.insertOne({ _id: `busy#${Math.floor(Date.now() / 60_000)}-x`, at: 0 });
        return new DocumentLocks(lockDocs, { epochMs: 60_000, waitMs: 100 }).withLock("busy", () =>
          Promise.resolve(),
        );
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "busy" });
  });
});
