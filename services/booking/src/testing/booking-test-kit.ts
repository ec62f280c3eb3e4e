import { createLogger } from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { InMemoryDirectoryReader } from "../adapters/outbound/directory/in-memory-directory.reader";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "../adapters/outbound/mongo/mongo-appointment.repository";
import {
  type ClaimDocument,
  MongoResourceClaims,
} from "../adapters/outbound/mongo/mongo-resource-claims.repository";
import type { BookAppointmentInput } from "../application/book-appointment/book-appointment.schema";
import { BookAppointment } from "../application/book-appointment/book-appointment.use-case";
import { CancelAppointment } from "../application/cancel-appointment/cancel-appointment.use-case";
import { FindFreeSlots } from "../application/find-free-slots/find-free-slots.use-case";
import { RescheduleAppointment } from "../application/reschedule-appointment/reschedule-appointment.use-case";
import { LocationDay } from "../application/reception/location-day.use-case";
import { RecordAttendance } from "../application/reception/record-attendance.use-case";
import { SweepOrphanClaims } from "../application/sweep-orphan-claims/sweep-orphan-claims.use-case";
import { type DirectoryInput, DirectorySchema } from "../domain/directory/directory";
import { aDirectory } from "../domain/directory/directory.mother";

/** A database of its own for the suite on the real test database (set up in beforeAll). */
export function useBookingDatabase(name: string): () => Db {
  let client: MongoClient | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 20,
    }).connect();
    db = client.db((await isolatedSuite(name)).dbName);
  });
  afterAll(async () => {
    await client?.close();
  });
  return () => {
    if (!db) throw new Error(`booking suite ${name} is not set up`);
    return db;
  };
}

/** The booking use cases wired to real Mongo adapters and the test directory, at a fixed clock. */
export function bookingUseCases(
  db: Db,
  {
    now = new Date("2026-11-25T10:00:00Z"),
    directory = {},
  }: { now?: Date | (() => Date); directory?: Partial<DirectoryInput> } = {},
) {
  const reader = new InMemoryDirectoryReader(DirectorySchema.parse(aDirectory(directory)));
  const appointments = new MongoAppointmentRepository(db.collection<AppointmentDocument>("appointments"));
  const claims = new MongoResourceClaims(db.collection<ClaimDocument>("resource_claims"));
  const clock = typeof now === "function" ? now : () => now;
  const logger = createLogger({ service: "test", level: "silent" });
  const manageBaseUrl = "https://termine.example.org/manage";
  return {
    appointments,
    claims,
    book: new BookAppointment({ directory: reader, claims, appointments, clock, manageBaseUrl }),
    cancel: new CancelAppointment({ appointments, claims, clock, logger }),
    reschedule: new RescheduleAppointment({ directory: reader, claims, appointments, clock, manageBaseUrl }),
    find: new FindFreeSlots({ directory: reader, claims, clock }),
    sweep: new SweepOrphanClaims({ claims, appointments, clock, logger }),
    recordAttendance: new RecordAttendance({ appointments, clock }),
    locationDay: new LocationDay({ appointments, directory: reader }),
  };
}

export const testActor = { kind: "system" as const, component: "test" };

/** A booking of the test directory's counsellor; Monday 30 November 2026 09:00 Berlin by default. */
export function aBookingRequest(
  idempotencyKey: string,
  overrides: Partial<BookAppointmentInput> = {},
): BookAppointmentInput {
  return {
    idempotencyKey,
    serviceId: "svc-test",
    locationId: "loc-test",
    counsellorId: "cns-test",
    startsAt: "2026-11-30T08:00:00Z",
    channel: "in_person",
    client: { displayName: "Amina", phone: "+4915123456789", preferredLanguage: "ar", smsConsent: true },
    ...overrides,
  };
}
