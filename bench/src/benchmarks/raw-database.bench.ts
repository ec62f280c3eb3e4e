import { randomUUID } from "node:crypto";
import type { Benchmark } from "../benchmark";
import { runLoad } from "../measure";

/** The database's own speed: the baseline every write path of ours is compared with. */
export const rawDatabaseBenchmark: Benchmark = {
  name: "raw database",
  async run({ db }) {
    const collection = db.collection<{ _id: string }>("raw_inserts");
    const document = (index: number) => ({
      _id: randomUUID(),
      counsellorId: `c-${index % 10}`,
      startsAt: new Date(Date.UTC(2026, 11, 1, 8) + index * 60_000),
      status: "booked",
      client: { language: "ar", smsConsent: true },
    });
    await collection.insertOne(document(-1)); // create the collection outside the measurement
    const inserts = await runLoad(5_000, 50, async (index) => {
      await collection.insertOne(document(index));
    });
    const ids = (
      await collection
        .find({}, { projection: { _id: 1 } })
        .limit(1000)
        .toArray()
    ).map((doc) => doc._id);
    const reads = await runLoad(5_000, 50, async (index) => {
      await collection.findOne({ _id: ids[index % ids.length] ?? "" });
    });
    return [
      {
        benchmark: "raw database",
        figure: "insertOne, 50 concurrent",
        value: inserts.perSecond,
        unit: "docs/s",
      },
      { benchmark: "raw database", figure: "insertOne p50", value: inserts.p50Ms, unit: "ms" },
      { benchmark: "raw database", figure: "insertOne p99", value: inserts.p99Ms, unit: "ms" },
      {
        benchmark: "raw database",
        figure: "findOne by _id, 50 concurrent",
        value: reads.perSecond,
        unit: "reads/s",
      },
    ];
  },
};
