import { createLogger } from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
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
import { CancelAppointment } from "./cancel-appointment.use-case";

describe("cancelling an appointment on the real database", () => {
  let client: MongoClient;
  let db: Db;
  const now = new Date("2026-11-25T10:00:00Z");

  beforeAll(async () => {
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 20,
    }).connect();
    db = client.db((await isolatedSuite("cancel")).dbName);
  });

  afterAll(() => client.close());

  function useCases() {
    const appointments = new MongoAppointmentRepository(db.collection<AppointmentDocument>("appointments"));
    const claims = new MongoResourceClaims(db.collection<ClaimDocument>("resource_claims"));
    const clock = () => now;
    return {
      book: new BookAppointment({
        directory: new InMemoryDirectoryReader(DirectorySchema.parse(aDirectory())),
        claims,
        appointments,
        clock,
        manageBaseUrl: "https://termine.example.org/manage",
      }),
      cancel: new CancelAppointment({
        appointments,
        claims,
        clock,
        logger: createLogger({ service: "t", level: "silent" }),
      }),
    };
  }

  const request = (key: string) => ({
    idempotencyKey: key,
    serviceId: "svc-test",
    locationId: "loc-test",
    counsellorId: "cns-test",
    startsAt: "2026-11-30T08:00:00Z",
    channel: "in_person" as const,
    client: {
      displayName: "Amina",
      phone: "+4915123456789",
      preferredLanguage: "ar" as const,
      smsConsent: true,
    },
  });

  it("cancels with the manage link, raises SEQUENCE, frees the time, and the link cannot be used again", async () => {
    const { book, cancel } = useCases();
    const booked = await book.execute(request("cancel-key-1"), { kind: "system", component: "test" });
    const appointmentId = booked.appointment.appointmentId;

    await expect(cancel.byClient({ appointmentId, manageToken: "x".repeat(43) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "manage_link_invalid",
    });

    const cancelled = await cancel.byClient({ appointmentId, manageToken: booked.manageToken! });
    expect(cancelled).toMatchObject({ status: "cancelled", version: 2, details: { sequence: 1 } });
    const stored = await db.collection<AppointmentDocument>("appointments").findOne({ _id: appointmentId });
    const types = (stored as unknown as { outbox: Array<{ envelope: { type: string } }> }).outbox.map(
      (e) => e.envelope.type,
    );
    expect(types).toContain("appointment.cancelled");
    expect(await db.collection("resource_claims").countDocuments({ owner: appointmentId })).toBe(0);

    // The reused link gets a clear 4xx; the freed time can be booked by someone else.
    await expect(cancel.byClient({ appointmentId, manageToken: booked.manageToken! })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      reason: "appointment_cancelled",
    });
    await expect(
      book.execute(request("cancel-key-2"), { kind: "system", component: "test" }),
    ).resolves.toMatchObject({
      replayed: false,
    });
  });
});
