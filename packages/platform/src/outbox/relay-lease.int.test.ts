import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { openDb } from "../test-fixtures/counter-fixture";
import { RelayLease } from "./relay-lease";

describe("relay lease on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("lease");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  it("is held by one owner at a time, renewed by its holder, and taken over once it lapses", async () => {
    const leases = db.collection("leases");
    const first = new RelayLease(leases, "replica-a", 1_000);
    const second = new RelayLease(leases, "replica-b", 1_000);
    const now = Date.now();

    expect(await first.tryAcquire("outbox:appointments", now)).toBe(true);
    expect(await second.tryAcquire("outbox:appointments", now + 10)).toBe(false);
    expect(await first.tryAcquire("outbox:appointments", now + 500)).toBe(true); // renewal
    expect(await second.tryAcquire("outbox:appointments", now + 1_200)).toBe(false); // renewed until now+1500
    expect(await second.tryAcquire("outbox:appointments", now + 1_600)).toBe(true); // lapsed: taken over
    expect(await first.tryAcquire("outbox:appointments", now + 1_700)).toBe(false);
    expect(await first.tryAcquire("outbox:referrals", now + 1_700)).toBe(true); // other key, independent
  });

  it("lets exactly one of many concurrent contenders win", async () => {
    const leases = db.collection("leases");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        new RelayLease(leases, `replica-${index}`, 10_000).tryAcquire("race"),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("hands over at once when released", async () => {
    const leases = db.collection("leases");
    const first = new RelayLease(leases, "replica-a", 60_000);
    const second = new RelayLease(leases, "replica-b", 60_000);
    expect(await first.tryAcquire("handover")).toBe(true);
    expect(await second.tryAcquire("handover")).toBe(false);
    await first.release("handover");
    expect(await second.tryAcquire("handover")).toBe(true);
  });
});
