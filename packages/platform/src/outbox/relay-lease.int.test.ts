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
    const now = Math.ceil(Date.now() / 1_000) * 1_000 + 60_000; // the start of an epoch no one used yet

    expect(await first.tryAcquire("outbox:appointments", now)).toBe(true);
    expect(await second.tryAcquire("outbox:appointments", now + 10)).toBe(false);
    expect(await first.tryAcquire("outbox:appointments", now + 800)).toBe(true); // renews the next epoch ahead
    expect(await second.tryAcquire("outbox:appointments", now + 1_200)).toBe(false); // renewed
    expect(await second.tryAcquire("outbox:appointments", now + 2_100)).toBe(true); // lapsed: taken over
    expect(await first.tryAcquire("outbox:appointments", now + 2_200)).toBe(false);
    expect(await first.tryAcquire("outbox:referrals", now + 2_200)).toBe(true); // other key, independent
  });

  it("lets exactly one of many concurrent contenders win, also when taking over a lapsed lease", async () => {
    const leases = db.collection("leases");
    const now = Math.ceil(Date.now() / 10_000) * 10_000 + 600_000;
    const contend = (at: number) =>
      Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          new RelayLease(leases, `replica-${index}`, 10_000).tryAcquire("race", at),
        ),
      );
    expect((await contend(now)).filter(Boolean)).toHaveLength(1);
    // Nobody renewed: in the next epoch the lease is up for grabs, and again exactly one gets it.
    expect((await contend(now + 10_000)).filter(Boolean)).toHaveLength(1);
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
