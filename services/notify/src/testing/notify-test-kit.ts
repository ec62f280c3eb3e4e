import { type AppointmentClient } from "@counselling/contracts";
import { anAppointmentClient } from "@counselling/contracts/testing";
import {
  type BaseServiceConfig,
  CLIENT_DATA_KEYS_COLLECTION,
  createLogger,
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  PersonalDataVault,
  personalDataMasterKeyOf,
  PhoneIndexer,
} from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { type MessageDocument, MongoMessageStore } from "../adapters/outbound/mongo/mongo-message.store";
import { type SmsSender } from "../application/ports/sms-sender.port";
import { type NewMessage, type SealedNewMessage } from "../application/ports/message-record";
import { SendSmsOnce } from "../application/send-sms/send-sms-once.use-case";

/** A database of its own for the suite on the real test database (set up in beforeAll). */
export function useNotifyDatabase(name: string): () => Db {
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
    if (!db) throw new Error(`notify suite ${name} is not set up`);
    return db;
  };
}

export const silentLogger = createLogger({ service: "notify-test", level: "silent" });

/** The master key a service process without PERSONAL_DATA_MASTER_KEY uses outside production. */
export const testMasterKey = personalDataMasterKeyOf({ NODE_ENV: "test" } as BaseServiceConfig);

/** The suite's key database: apart from notify's, as PERSONAL_DATA_KEY_DB is in production. */
export function keyDbNameOf(dbName: string): string {
  return `${dbName}_keys`;
}

const protections = new WeakMap<Db, { cipher: PersonalDataVault; phoneIndex: PhoneIndexer }>();

/** One vault per suite database (over its key database) and the phone indexer: what booking seals with. */
export function personalDataOf(db: Db): { cipher: PersonalDataVault; phoneIndex: PhoneIndexer } {
  let protection = protections.get(db);
  if (!protection) {
    const keys = db.client.db(keyDbNameOf(db.databaseName)).collection(CLIENT_DATA_KEYS_COLLECTION);
    protection = {
      cipher: PersonalDataVault.on(keys, { masterKey: testMasterKey }),
      phoneIndex: new PhoneIndexer(testMasterKey),
    };
    protections.set(db, protection);
  }
  return protection;
}

/** A client as booking puts them into events: name and phone sealed with their own key. */
export async function aSealedClient(
  vault: Pick<PersonalDataVault, "encrypt">,
  client: { clientId: string; name: string; phone: string | null } & Partial<
    Omit<AppointmentClient, "sealedName" | "sealedPhone">
  >,
): Promise<AppointmentClient> {
  const { name, phone, ...rest } = client;
  return anAppointmentClient({
    ...(phone === null ? { smsConsent: false } : {}),
    ...rest,
    sealedName: await vault.encrypt(client.clientId, name),
    sealedPhone: phone === null ? null : await vault.encrypt(client.clientId, phone),
  });
}

/** The suite database's document locks (the collection the service's relay uses too). */
export function locksOf(db: Db): DocumentLocks {
  return DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION));
}

/** SendSmsOnce on a real message store, with quick retries. */
export function sendSmsOnceWith(
  db: Db,
  sender: SmsSender,
  overrides: { owner?: string; leaseMs?: number } = {},
) {
  const messages = new MongoMessageStore(db.collection<MessageDocument>("messages"), locksOf(db));
  const sendSms = new SendSmsOnce({
    messages,
    sender,
    ...personalDataOf(db),
    clock: () => new Date(),
    logger: silentLogger,
    attempts: 5,
    retryInitialMs: 20,
    leaseMs: overrides.leaseMs ?? 30_000,
    ...(overrides.owner ? { owner: overrides.owner } : {}),
  });
  return { messages, sendSms };
}

/** A new message as the store gets it from SendSmsOnce: sealed with its key in the suite's vault. */
export async function sealedMessage(db: Db, message: NewMessage): Promise<SealedNewMessage> {
  const { to, body, ...meta } = message;
  const { cipher, phoneIndex } = personalDataOf(db);
  return {
    ...meta,
    sealedTo: await cipher.encrypt(message.clientId, to),
    sealedBody: await cipher.encrypt(message.clientId, body),
    phoneIndex: phoneIndex.of(to),
  };
}

let counter = 0;

/** A message intent as a use case would build it; override what the test is about. */
export function aNewMessage(overrides: Partial<NewMessage> = {}): NewMessage {
  counter++;
  return {
    _id: `confirmation:test-${Date.now()}-${counter}`,
    template: "confirmation",
    purpose: "booking_confirmation",
    sourceEventId: `event-${counter}`,
    appointmentId: `appointment-${counter}`,
    organisationId: "organisation-halle",
    locationId: "location-halle-mitte",
    clientId: `client-test-${Date.now()}-${counter}`,
    serviceKind: "adult_migration_counselling",
    endsAt: new Date("2026-03-30T08:45:00Z"),
    to: "+4915112345678",
    body: `Hallo Amal. Ihr Termin ist am Montag, 30. März um 10:00 Uhr. (${counter})`,
    language: "de",
    discreet: false,
    encoding: "GSM-7",
    segments: 1,
    ...overrides,
  };
}
