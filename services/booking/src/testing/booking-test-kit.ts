import {
  type BaseServiceConfig,
  CLIENT_DATA_KEYS_COLLECTION,
  createLogger,
  PersonalDataVault,
  personalDataMasterKeyOf,
  PhoneIndexer,
  ReferralGrants,
  StaffTokens,
} from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { InMemoryDirectoryReader } from "../adapters/outbound/directory/in-memory-directory.reader";
import type { BookAppointmentInput } from "../application/book-appointment/book-appointment.schema";
import type { PrivacyExportPeers } from "../application/ports/privacy-export-peers.port";
import { bookingPersonalDataOf } from "../composition/booking-personal-data";
import { createBookingUseCases } from "../composition/booking-use-cases";
import type { RetentionPolicy } from "../domain/retention/retention-policy";
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

/** The development master key, as services use it in tests (no PERSONAL_DATA_MASTER_KEY set). */
export const testMasterKey = personalDataMasterKeyOf({ NODE_ENV: "test" } as BaseServiceConfig);

/**
 * Sealing over the suite's own key database (`<db>_keys`, beside the booking database,
 * as the shared key database is in production), with the services' test master key.
 */
export function testPersonalData(db: Db) {
  const keys = db.client.db(`${db.databaseName}_keys`).collection(CLIENT_DATA_KEYS_COLLECTION);
  return bookingPersonalDataOf(
    {
      vault: PersonalDataVault.on(keys, { masterKey: testMasterKey }),
      phoneIndex: new PhoneIndexer(testMasterKey),
    },
    testMasterKey,
  );
}

/** Peers that can't be asked: tests of booking's own export don't reach referral or notify. */
const unreachablePeers: PrivacyExportPeers = {
  exportOwn: (service) => Promise.reject(new Error(`${service} is not part of this test`)),
};

/** The secret of the test kit's staff tokens and referral grants (one shared secret, as in production). */
const testTokenSecret = "booking-test-kit-secret-that-is-long-enough";

/** Grants as the referral service issues them, accepted by the test kit's use cases (ADR 33). */
export const testReferralGrants = new ReferralGrants(testTokenSecret);

/** The booking use cases as production wires them, on the test directory, at a fixed clock. */
export function bookingUseCases(
  db: Db,
  {
    now = new Date("2026-11-25T10:00:00Z"),
    directory = {},
    retention = { daysByServiceKind: {}, defaultDays: 365 },
    privacyPeers = unreachablePeers,
    sweepPageSize,
  }: {
    now?: Date | (() => Date);
    directory?: Partial<DirectoryInput>;
    retention?: RetentionPolicy;
    privacyPeers?: PrivacyExportPeers;
    sweepPageSize?: number;
  } = {},
) {
  const personalData = testPersonalData(db);
  const useCases = createBookingUseCases({
    db,
    directory: new InMemoryDirectoryReader(DirectorySchema.parse(aDirectory(directory))),
    clock: typeof now === "function" ? now : () => now,
    logger: createLogger({ service: "test", level: "silent" }),
    manageBaseUrl: "https://termine.example.org/manage",
    manageLinkGraceDays: 14,
    offerBaseUrl: "https://termine.example.org/offer",
    staffTokens: new StaffTokens(testTokenSecret),
    referralGrants: testReferralGrants,
    personalData,
    retention,
    privacyPeers,
    sweepPageSize,
  });
  return {
    ...useCases,
    personalData,
    book: useCases.bookAppointment,
    cancel: useCases.cancelAppointment,
    reschedule: useCases.rescheduleAppointment,
    find: useCases.findFreeSlots,
    sweep: useCases.sweepOrphanClaims,
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
