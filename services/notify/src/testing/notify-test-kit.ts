import { createLogger, DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "@counselling/platform";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { type MessageDocument, MongoMessageStore } from "../adapters/outbound/mongo/mongo-message.store";
import { type SmsSender } from "../application/ports/sms-sender.port";
import { type NewMessage } from "../application/ports/message-record";
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
    clock: () => new Date(),
    logger: silentLogger,
    attempts: 5,
    retryInitialMs: 20,
    leaseMs: overrides.leaseMs ?? 30_000,
    ...(overrides.owner ? { owner: overrides.owner } : {}),
  });
  return { messages, sendSms };
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
    to: "+4915112345678",
    body: `Hallo Amal. Ihr Termin ist am Montag, 30. März um 10:00 Uhr. (${counter})`,
    language: "de",
    discreet: false,
    encoding: "GSM-7",
    segments: 1,
    ...overrides,
  };
}
