import { createLogger } from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Collection, type Db, MongoClient } from "mongodb";
import { InMemoryDirectoryReader } from "../../adapters/outbound/directory/in-memory-directory.reader";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "../../adapters/outbound/mongo/mongo-appointment.repository";
import {
  type ClaimDocument,
  MongoResourceClaims,
} from "../../adapters/outbound/mongo/mongo-resource-claims.repository";
import { DirectorySchema } from "../../domain/directory/directory";
import { aDirectory } from "../../domain/directory/directory.mother";
import { BookAppointment } from "../book-appointment/book-appointment.use-case";
import { SweepOrphanClaims } from "./sweep-orphan-claims.use-case";

describe("sweeping orphan claims on the real database", () => {
  let client: MongoClient;
  let db: Db;
  let claimDocs: Collection<ClaimDocument>;

  beforeAll(async () => {
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 20,
    }).connect();
    db = client.db((await isolatedSuite("sweep")).dbName);
    claimDocs = db.collection<ClaimDocument>("resource_claims");
  });

  afterAll(() => client.close());

  const claimOf = (owner: string, minute: number, claimedAt: Date): ClaimDocument => ({
    _id: `counsellor:cns-elsewhere:2026-12-01T09:${String(minute).padStart(2, "0")}:00.000Z`,
    owner,
    kind: "counsellor",
    resourceId: "cns-elsewhere",
    unitStart: new Date(`2026-12-01T09:${String(minute).padStart(2, "0")}:00Z`),
    claimedAt,
  });

  it("frees claims of owners that never became an appointment, after a grace period, and keeps the rest", async () => {
    const appointments = new MongoAppointmentRepository(db.collection<AppointmentDocument>("appointments"));
    const claims = new MongoResourceClaims(claimDocs);
    const booked = await new BookAppointment({
      directory: new InMemoryDirectoryReader(DirectorySchema.parse(aDirectory())),
      claims,
      appointments,
      clock: () => new Date("2026-11-25T10:00:00Z"),
      manageBaseUrl: "https://termine.example.org/manage",
    }).execute(
      {
        idempotencyKey: "sweep-key-1",
        serviceId: "svc-test",
        locationId: "loc-test",
        counsellorId: "cns-test",
        startsAt: "2026-11-30T08:00:00Z",
        channel: "in_person",
        client: { displayName: "Amina", phone: "+4915123456789", preferredLanguage: "ar", smsConsent: true },
      },
      { kind: "system", component: "test" },
    );
    const sweptAt = new Date(Date.now() + 10 * 60_000);
    await claimDocs.insertMany([
      claimOf("ghost", 0, new Date()),
      claimOf("ghost", 5, new Date()),
      claimOf("in-flight", 10, new Date(sweptAt.getTime() - 5_000)),
    ]);

    const sweep = new SweepOrphanClaims({
      claims,
      appointments,
      clock: () => sweptAt,
      logger: createLogger({ service: "t", level: "silent" }),
    });

    expect(await sweep.execute()).toBe(1);
    expect(await claimDocs.countDocuments({ owner: "ghost" })).toBe(0);
    expect(await claimDocs.countDocuments({ owner: "in-flight" })).toBe(1);
    expect(await claimDocs.countDocuments({ owner: booked.appointment.appointmentId })).toBe(24);
  });
});
