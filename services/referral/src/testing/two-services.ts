import { randomBytes } from "node:crypto";
import path from "node:path";
import { type EventEnvelope, Topics } from "@counselling/contracts";
import {
  CLIENT_DATA_KEYS_COLLECTION,
  createKafka,
  createLogger,
  PersonalDataVault,
} from "@counselling/platform";
import { MongoClient } from "mongodb";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
} from "@counselling/testkit";
import { callTrpc, type TrpcReply } from "./referral-test-kit";

/** A service started as its own process, and how to call its tRPC API over HTTP. */
export interface RunningProcess {
  url: string;
  process: CapturedProcess;
  call: (
    path: string,
    token: string | null,
    input?: unknown,
    kind?: "query" | "mutation",
  ) => Promise<TrpcReply>;
}

/** Booking and referral as real child processes, with nothing shared but Kafka and the staff-token secret. */
export interface TwoServices {
  booking: RunningProcess;
  referral: RunningProcess;
  /** Every event seen so far on a topic of the suite (referral.referrals.v1, booking.appointments.v1). */
  events: (topic: string) => EventEnvelope[];
  /** The two services' shared key database (ADR 0011), to open what their events carry sealed. */
  vault: PersonalDataVault;
}

export const sharedStaffTokenSecret = "referral-booking-e2e-shared-secret-0123456789";

/**
 * Starts booking (its demo directory seeded) and referral from their `main.ts`, on the
 * suite's own topics and each in its own database, and listens to both topics. Stopped
 * with SIGTERM: a SIGKILLed booking would stay a member of its consumer group for 30 s.
 */
export function useBookingAndReferral(name: string) {
  let services: TwoServices | undefined;
  const started: CapturedProcess[] = [];
  let stopCollector: (() => Promise<void>) | undefined;
  let keyClient: MongoClient | undefined;

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite(name);
    const masterKey = randomBytes(32);
    const common = {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      STAFF_TOKEN_SECRET: sharedStaffTokenSecret,
      OUTBOX_POLL_MS: "50",
      KAFKA_SESSION_TIMEOUT_MS: "10000",
      // One key database and master key for both services (a consumer opens what the producer sealed).
      PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
      PERSONAL_DATA_MASTER_KEY: masterKey.toString("base64"),
    };
    const bookingProcess = await startServiceProcess(path.join(__dirname, "../../../booking/src/main.ts"), {
      ...common,
      MONGO_DB: `${dbName}_booking`,
      // The test polls the public free-slot query while it waits.
      RATE_LIMIT_PUBLIC_PER_MINUTE: "100000",
    });
    started.push(bookingProcess);
    const referralProcess = await startServiceProcess(path.join(__dirname, "../main.ts"), {
      ...common,
      MONGO_DB: `${dbName}_referral`,
      BOOKING_URL: bookingProcess.url,
    });
    started.push(referralProcess);

    const seen = new Map<string, EventEnvelope[]>();
    const logger = createLogger({ service: `${name}-collector`, level: "silent" });
    const kafka = createKafka({ clientId: `${name}-collector`, brokers: testInfra().kafkaBrokers, logger });
    const collector = kafka.consumer({ groupId: `collector-${uniqueId()}` });
    await collector.connect();
    for (const topic of [Topics.referralReferrals, Topics.bookingAppointments]) {
      seen.set(topic, []);
      await collector.subscribe({ topic: topicPrefix + topic, fromBeginning: true });
    }
    await collector.run({
      eachMessage: ({ topic, message }) => {
        const event = JSON.parse(message.value?.toString() ?? "{}") as EventEnvelope;
        seen.get(topic.slice(topicPrefix.length))?.push(event);
        return Promise.resolve();
      },
    });
    stopCollector = () => collector.disconnect();
    keyClient = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 2,
    }).connect();
    services = {
      booking: running(bookingProcess),
      referral: running(referralProcess),
      events: (topic) => [...(seen.get(topic) ?? [])],
      vault: PersonalDataVault.on(
        keyClient.db(common.PERSONAL_DATA_KEY_DB).collection(CLIENT_DATA_KEYS_COLLECTION),
        { masterKey, cacheMs: 0 },
      ),
    };
  }, 90_000);

  afterAll(async () => {
    await stopCollector?.();
    await keyClient?.close();
    await Promise.all(started.map(stopGracefully));
  }, 30_000);

  return (): TwoServices => {
    if (!services) throw new Error(`suite ${name} is not set up`);
    return services;
  };
}

function running(process: CapturedProcess & { url: string }): RunningProcess {
  return {
    url: process.url,
    process,
    call: (path, token, input, kind = "mutation") => callTrpc(process.url, path, token, input, kind),
  };
}

async function stopGracefully(service: CapturedProcess): Promise<void> {
  if (service.child.exitCode !== null) return;
  service.child.kill("SIGTERM");
  const timer = setTimeout(() => service.child.kill("SIGKILL"), 20_000);
  await service.exited;
  clearTimeout(timer);
}
