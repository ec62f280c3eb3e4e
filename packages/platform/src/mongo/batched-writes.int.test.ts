import { isolatedSuite, startTcpProxy, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { batchedDeletesFrom, batchedInsertsInto } from "./batched-writes";
import { isDuplicateKeyError } from "./duplicate-key";

describe("batched writes on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("batched");
    client = await new MongoClient(testInfra().mongoUrl, { directConnection: true }).connect();
    db = client.db(dbName);
  });

  afterAll(() => client.close());

  it("gives each of many concurrent callers its own duplicates, and inserts everything else", async () => {
    const units = db.collection<{ _id: string; owner: number }>("units");
    await units.insertOne({ _id: "taken", owner: -1 });
    const batcher = batchedInsertsInto(units);
    const callers = Array.from({ length: 30 }, (_, owner) =>
      batcher.insert([
        { _id: `own-${String(owner)}-a`, owner },
        // Every caller wants "shared"; exactly one gets it. Every fifth also wants "taken".
        { _id: "shared", owner },
        ...(owner % 5 === 0 ? [{ _id: "taken", owner }] : []),
        { _id: `own-${String(owner)}-b`, owner },
      ]),
    );
    const duplicates = await Promise.all(callers);

    expect(duplicates.filter((positions) => !positions.includes(1))).toHaveLength(1);
    duplicates.forEach((positions, owner) => {
      expect(positions.filter((position) => position !== 1)).toEqual(owner % 5 === 0 ? [2] : []);
    });
    expect(await units.countDocuments({ _id: { $regex: /^own-/ } })).toBe(60);
    const winner = duplicates.findIndex((positions) => !positions.includes(1));
    expect(await units.findOne({ _id: "shared" })).toEqual({ _id: "shared", owner: winner });
  });

  it("answers a single insert of an existing key like insertOne does, and deletes by id in batches", async () => {
    const keys = db.collection<{ _id: string }>("keys");
    await batchedInsertsInto(keys).insertOne({ _id: "k1" });
    const again = await batchedInsertsInto(keys)
      .insertOne({ _id: "k1" })
      .catch((error: unknown) => error);
    expect(isDuplicateKeyError(again)).toBe(true);

    await keys.insertMany([{ _id: "k2" }, { _id: "k3" }, { _id: "k4" }]);
    const deletes = batchedDeletesFrom(keys);
    await Promise.all(["k1", "k2", "k3", "missing"].map((id) => deletes.deleteById(id)));
    expect(await keys.find().toArray()).toEqual([{ _id: "k4" }]);
  });

  it("rejects every caller when the connection is lost mid-insert: nothing is taken for inserted", async () => {
    const database = new URL(testInfra().mongoUrl);
    const proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port) });
    const viaProxy = await new MongoClient(`mongodb://127.0.0.1:${String(proxy.port)}/`, {
      directConnection: true,
      retryWrites: false,
      serverSelectionTimeoutMS: 1_000,
    }).connect();
    try {
      const units = viaProxy.db(db.databaseName).collection<{ _id: string }>("lost");
      proxy.cutFromNowOn();
      // The driver reports this as a MongoBulkWriteError with `writeErrors: []`.
      const outcomes = await Promise.allSettled([
        batchedInsertsInto(units).insert([{ _id: "a" }]),
        batchedInsertsInto(units).insert([{ _id: "b" }, { _id: "c" }]),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });
});
