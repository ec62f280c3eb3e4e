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
import { aDirectory, anInterpreter } from "../../domain/directory/directory.mother";
import { BookAppointment } from "../book-appointment/book-appointment.use-case";
import { FindFreeSlots } from "./find-free-slots.use-case";

describe("finding free slots on the real database", () => {
  let client: MongoClient;
  let db: Db;
  const now = new Date("2026-11-25T10:00:00Z"); // Wednesday; the test counsellor works Mondays 09:00-12:00

  beforeAll(async () => {
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 20,
    }).connect();
    db = client.db((await isolatedSuite("slots")).dbName);
  });

  afterAll(() => client.close());

  function useCases(directoryOverrides = {}) {
    const directory = new InMemoryDirectoryReader(DirectorySchema.parse(aDirectory(directoryOverrides)));
    const claims = new MongoResourceClaims(db.collection<ClaimDocument>("resource_claims"));
    const clock = () => now;
    return {
      find: new FindFreeSlots({ directory, claims, clock }),
      book: new BookAppointment({
        directory,
        claims,
        appointments: new MongoAppointmentRepository(db.collection<AppointmentDocument>("appointments")),
        clock,
        manageBaseUrl: "https://termine.example.org/manage",
      }),
    };
  }

  it("offers Monday's slots in Berlin time, and a booked slot with its buffer disappears", async () => {
    const { find, book } = useCases();
    const before = await find.execute({ serviceId: "svc-test", days: 7 });
    const starts = before.map((offer) => offer.start);
    // 09:00-12:00 CET, 45 minutes + 15 buffer after, every 15 minutes: 09:00 … 11:00 local = 08:00Z … 10:00Z.
    expect(starts[0]).toBe("2026-11-30T08:00:00.000Z");
    expect(starts.at(-1)).toBe("2026-11-30T10:00:00.000Z");
    expect(starts).toHaveLength(9);

    await book.execute(
      {
        idempotencyKey: "slots-key-1",
        serviceId: "svc-test",
        locationId: "loc-test",
        counsellorId: "cns-test",
        startsAt: "2026-11-30T09:00:00Z",
        channel: "in_person",
        client: { displayName: "Amina", phone: "+4915123456789", preferredLanguage: "ar", smsConsent: true },
      },
      { kind: "system", component: "test" },
    );
    const after = (await find.execute({ serviceId: "svc-test", days: 7 })).map((offer) => offer.start);
    // Booked 09:00Z-09:45Z, claimed to 10:00Z: a 45+15 minute slot must end its buffer by 09:00Z or start at 10:00Z.
    expect(after).toEqual(["2026-11-30T08:00:00.000Z", "2026-11-30T10:00:00.000Z"]);
  });

  it("filters by language: interpreter needed, or no slot when nobody can interpret", async () => {
    const { find } = useCases();
    expect(
      (await find.execute({ serviceId: "svc-test", language: "ar", days: 7 }))[0]?.interpreterNeeded,
    ).toBe(false);
    expect(await find.execute({ serviceId: "svc-test", language: "fa", days: 7 })).toEqual([]);
    const withDari = useCases({ interpreters: [anInterpreter({ languages: { fa: ["Dari"] } })] });
    expect(
      (await withDari.find.execute({ serviceId: "svc-test", language: "fa", days: 7 }))[0]?.interpreterNeeded,
    ).toBe(true);
  });

  it("filters by channel and refuses an unknown service", async () => {
    const { find } = useCases();
    expect(await find.execute({ serviceId: "svc-test", channel: "video", days: 7 })).toEqual([]);
    await expect(find.execute({ serviceId: "svc-nope" })).rejects.toMatchObject({
      reason: "unknown_service",
    });
  });
});
