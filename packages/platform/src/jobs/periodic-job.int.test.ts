import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { silentLogger } from "../test-fixtures/counter-fixture";
import { PeriodicJob } from "./periodic-job";

describe("periodic job across replicas", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 10,
    }).connect();
    db = client.db((await isolatedSuite("jobs")).dbName);
  });

  afterAll(() => client.close());

  it("runs its work on one replica per tick, and a failing run does not stop the next", async () => {
    const runs: string[] = [];
    let fail = true;
    const replicas = ["a", "b", "c"].map(
      (replica) =>
        new PeriodicJob({
          name: "sweep",
          intervalMs: 60_000,
          leases: db.collection("job_leases"),
          logger: silentLogger,
          work: () => {
            runs.push(replica);
            if (fail) {
              fail = false;
              return Promise.reject(new Error("transient"));
            }
            return Promise.resolve();
          },
        }),
    );
    await Promise.all(replicas.map((job) => job.tick()));
    expect(runs).toHaveLength(1);
    await Promise.all(replicas.map((job) => job.tick()));
    expect(runs).toHaveLength(2);
    expect(runs[1]).toBe(runs[0]); // the lease holder keeps the job
  });
});
