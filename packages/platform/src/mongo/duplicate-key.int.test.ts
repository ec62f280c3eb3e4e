import { isolatedSuite, testInfra } from "@counselling/testkit";
import mongoose, { type Connection, Schema } from "mongoose";
import { AppError } from "../errors/app-error";
import { toProblemDetails } from "../errors/problem-details";
import { silentLogger } from "../test-fixtures/counter-fixture";
import { connectMongo } from "./connect-mongo";
import { rethrowDuplicateKeyAsConflict } from "./duplicate-key";

describe("unique indexes on the real database", () => {
  let connection: Connection | undefined;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("unique");
    connection = await connectMongo({ url: testInfra().mongoUrl, dbName, logger: silentLogger });
  });

  afterAll(async () => {
    await connection?.close();
    await mongoose.disconnect();
  });

  const db = (): Connection => {
    if (!connection) throw new Error("not connected");
    return connection;
  };

  it("(c) surfaces a compound unique-index violation as a typed CONFLICT (HTTP 409)", async () => {
    const Claim = db().model(
      "Claim",
      new Schema({ resourceId: String, unitStart: Date }).index(
        { resourceId: 1, unitStart: 1 },
        { unique: true },
      ),
    );
    await Claim.init();
    const unitStart = new Date("2026-03-29T08:00:00Z");
    await Claim.create({ resourceId: "counsellor-1", unitStart });
    await Claim.create({ resourceId: "counsellor-2", unitStart }); // other resource, same time: fine

    const error = await Claim.create({ resourceId: "counsellor-1", unitStart }).then(
      () => undefined,
      (cause: unknown) => {
        try {
          rethrowDuplicateKeyAsConflict(cause, "That time is already taken", "slot_taken");
        } catch (mapped) {
          return mapped;
        }
      },
    );

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", reason: "slot_taken", httpStatus: 409 });
    expect(toProblemDetails(error)).toMatchObject({ status: 409, code: "CONFLICT", reason: "slot_taken" });
    expect(await Claim.countDocuments({ resourceId: "counsellor-1" })).toBe(1);
  });

  it("lets concurrent writers race and exactly one wins", async () => {
    const Claim = db().model(
      "RaceClaim",
      new Schema({ resourceId: String, unitStart: Date }).index(
        { resourceId: 1, unitStart: 1 },
        { unique: true },
      ),
    );
    await Claim.init();
    const unitStart = new Date("2026-10-25T09:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => Claim.create({ resourceId: "room-1", unitStart })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await Claim.countDocuments({ resourceId: "room-1" })).toBe(1);
  });
});
