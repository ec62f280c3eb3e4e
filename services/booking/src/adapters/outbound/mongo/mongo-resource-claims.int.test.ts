import { AppError } from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Collection, MongoClient } from "mongodb";
import type { BookableResource } from "../../../domain/claims/bookable-resource";
import { type ClaimDocument, MongoResourceClaims } from "./mongo-resource-claims.repository";

const at = (iso: string) => new Date(iso);
const counsellor: BookableResource = { kind: "counsellor", id: "cns-amal" };
const room: BookableResource = { kind: "room", id: "room-leipzig-1" };
const interpreter: BookableResource = { kind: "interpreter", id: "int-dari-1" };

describe("resource claims on the real database", () => {
  let client: MongoClient;
  let collection: Collection<ClaimDocument>;
  let claims: MongoResourceClaims;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("claims");
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 20,
    }).connect();
    collection = client.db(dbName).collection<ClaimDocument>("resource_claims");
    claims = new MongoResourceClaims(collection);
  });

  afterAll(() => client.close());

  async function race(
    attempts: number,
    resources: (i: number) => BookableResource[],
    start: string,
    end: string,
  ) {
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, (_, i) =>
        claims.claim(`appointment-${start}-${i}`, resources(i), { start: at(start), end: at(end) }),
      ),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason as unknown] : [],
    );
    return { won, lost };
  }

  it.each([
    ["counsellor", counsellor],
    ["room", room],
    ["interpreter", interpreter],
  ] as const)(
    "lets exactly one of 200 parallel attempts claim the same %s and time; the rest get a typed conflict",
    async (kind, resource) => {
      const day = { counsellor: "01", room: "02", interpreter: "03" }[kind];
      const { won, lost } = await race(
        200,
        () => [resource],
        `2026-12-${day}T09:00:00Z`,
        `2026-12-${day}T09:50:00Z`,
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(199);
      for (const error of lost) {
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: "CONFLICT", reason: `${kind}_taken` });
      }
    },
  );

  it("refuses an overlapping, not identical, interval and leaves no partial claims behind", async () => {
    await claims.claim("appointment-a", [counsellor, room], {
      start: at("2026-12-10T09:00:00Z"),
      end: at("2026-12-10T10:00:00Z"),
    });
    const overlapping = claims.claim("appointment-b", [{ kind: "counsellor", id: "cns-other" }, room], {
      start: at("2026-12-10T09:45:00Z"),
      end: at("2026-12-10T10:30:00Z"),
    });
    await expect(overlapping).rejects.toMatchObject({ code: "CONFLICT", reason: "room_taken" });
    expect(await collection.countDocuments({ owner: "appointment-b" })).toBe(0);

    // Touching is not overlapping.
    await claims.claim("appointment-c", [counsellor, room], {
      start: at("2026-12-10T10:00:00Z"),
      end: at("2026-12-10T10:30:00Z"),
    });
  });

  it("claims all resources or none when they are taken by different bookings", async () => {
    const interval = { start: at("2026-12-11T13:00:00Z"), end: at("2026-12-11T14:00:00Z") };
    await claims.claim("appointment-x", [interpreter], interval);
    await expect(
      claims.claim("appointment-y", [counsellor, room, interpreter], interval),
    ).rejects.toMatchObject({
      reason: "interpreter_taken",
    });
    expect(await collection.countDocuments({ owner: "appointment-y" })).toBe(0);
    await claims.claim("appointment-z", [counsellor, room], interval);
  });

  it("leaves nothing behind when a long claim fails in its middle", async () => {
    await claims.claim("appointment-middle", [room], {
      start: at("2026-12-15T12:00:00Z"),
      end: at("2026-12-15T12:30:00Z"),
    });
    const long = claims.claim("appointment-long", [counsellor, room, interpreter], {
      start: at("2026-12-15T06:00:00Z"),
      end: at("2026-12-15T18:00:00Z"),
    });
    await expect(long).rejects.toMatchObject({ reason: "room_taken" });
    expect(await collection.countDocuments({ owner: "appointment-long" })).toBe(0);
  });

  it("frees the time on release, only for its owner", async () => {
    const interval = { start: at("2026-12-12T08:00:00Z"), end: at("2026-12-12T09:00:00Z") };
    await claims.claim("appointment-1", [counsellor], interval);
    await claims.release("appointment-other", [counsellor], interval);
    await expect(claims.claim("appointment-2", [counsellor], interval)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await claims.release("appointment-1", [counsellor], interval);
    await claims.claim("appointment-2", [counsellor], interval);
  });

  it("tells a repeated attempt of the same owner to try again later, not that the time is taken", async () => {
    const interval = { start: at("2026-12-13T08:00:00Z"), end: at("2026-12-13T09:00:00Z") };
    // The first attempt's claims landed, but its appointment was never written (a lost answer).
    await claims.claim("appointment-retried", [counsellor], interval);
    await expect(claims.claim("appointment-retried", [counsellor, room], interval)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      reason: "earlier_attempt_unsettled",
    });
    await expect(claims.claim("appointment-someone-else", [counsellor], interval)).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "counsellor_taken",
    });
    // The retry inserted its room claims and removed them again: only the first attempt's remain.
    expect(await collection.countDocuments({ owner: "appointment-retried", kind: "room" })).toBe(0);
  });

  it("of many overlapping (not identical) parallel attempts, at least one and never two overlapping ones win", async () => {
    const starts = Array.from(
      { length: 40 },
      (_, i) => new Date(at("2026-12-14T08:00:00Z").getTime() + (i % 8) * 5 * 60_000),
    );
    const results = await Promise.allSettled(
      starts.map((start, i) =>
        claims
          .claim(`overlap-${i}`, [counsellor], { start, end: new Date(start.getTime() + 45 * 60_000) })
          .then(() => start),
      ),
    );
    const winners = results.flatMap((result) =>
      result.status === "fulfilled" ? [result.value.getTime()] : [],
    );
    expect(winners.length).toBeGreaterThanOrEqual(1);
    const sorted = [...winners].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(45 * 60_000);
  });
});
