import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { openDb } from "../test-fixtures/counter-fixture";
import { HashChainedAuditLog } from "./hash-chained-audit-log";

interface ReadRecord {
  staffId: string;
  referralId: string;
  fields: string[];
  at: Date;
}

describe("hash-chained audit log on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("audit-chain");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  const read = (index: number): ReadRecord => ({
    staffId: `staff-${String(index % 3)}`,
    referralId: `ref-${String(index)}`,
    fields: ["contact", "language"],
    at: new Date(Date.UTC(2026, 10, 25, 10, index)),
  });

  it("keeps one unbroken chain under concurrent appends, and detects a changed, removed or reordered record", async () => {
    const log = new HashChainedAuditLog<ReadRecord>(db, "reads");
    await Promise.all(Array.from({ length: 20 }, (_, index) => log.append([read(index)])));
    await log.append([read(100), read(101)]);
    expect(await log.verify()).toEqual({ intact: true, entries: 22, brokenAt: null });
    expect((await log.find({ "record.referralId": "ref-7" })).map((entry) => entry.record.staffId)).toEqual([
      "staff-1",
    ]);

    const entries = db.collection<{ _id: number; record: ReadRecord }>("reads");
    await entries.updateOne({ _id: 5 }, { $set: { "record.staffId": "someone-else" } });
    expect(await log.verify()).toMatchObject({ intact: false, brokenAt: 5 });
  });

  it("detects a removed entry, and repairs the head after a writer died between entry and head", async () => {
    const log = new HashChainedAuditLog<ReadRecord>(db, "reads2");
    await log.append([read(1), read(2), read(3)]);
    // A crashed writer: its entry 4 is there, the head still says 3.
    const writer = new HashChainedAuditLog<ReadRecord>(db, "reads2");
    await writer.append([read(4)]);
    await db.collection("reads2_head").updateOne({ _id: "head" as never }, { $set: { position: 3 } });
    await log.append([read(5)]);
    expect(await log.verify()).toEqual({ intact: true, entries: 5, brokenAt: null });

    await db.collection("reads2").deleteOne({ _id: 2 as never });
    expect(await log.verify()).toMatchObject({ intact: false, brokenAt: 2 });
  });

  it("keeps up with a burst of reads from two replicas: every record in one unbroken chain", async () => {
    const replicas = [
      new HashChainedAuditLog<ReadRecord>(db, "burst"),
      new HashChainedAuditLog<ReadRecord>(db, "burst"),
    ];
    // 300 staff reads at once (a busy morning on two replicas): grouped, not one lock each.
    await Promise.all(Array.from({ length: 300 }, (_, index) => replicas[index % 2]!.append([read(index)])));
    expect(await replicas[0]!.verify()).toEqual({ intact: true, entries: 300, brokenAt: null });
    const referrals = (await replicas[1]!.find({}, 1000)).map((entry) => entry.record.referralId);
    expect(new Set(referrals).size).toBe(300);
  });
});
