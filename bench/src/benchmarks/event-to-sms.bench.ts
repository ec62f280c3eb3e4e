import { spawn } from "node:child_process";
import path from "node:path";
import { Topics } from "@counselling/contracts";
import { anAppointmentBookedEvent, anAppointmentClient } from "@counselling/contracts/testing";
import { freePort, waitUntil } from "@counselling/infra";
import {
  type BaseServiceConfig,
  CLIENT_DATA_KEYS_COLLECTION,
  PersonalDataVault,
  personalDataMasterKeyOf,
} from "@counselling/platform";
import type { Benchmark } from "../benchmark";
import { percentile } from "../measure";

const EVENTS = 300;
/** Sent at the same rate before measuring (two seconds). */
const WARM_UP_EVENTS = 50;
/** Events per second, sent open-loop: latency is measured under a steady load, not one at a time. */
const RATE_PER_SECOND = 25;
const INBOX_WAIT_MS = 180_000;

/**
 * From `appointment.booked` produced to Kafka to the confirmation SMS handed to the sender
 * (the dev inbox stamps the hand-over), through the real notify process: consumer,
 * template, intent recorded before the send, result recorded after. Compare with the raw
 * kafkajs round trip measured in the same run.
 */
export const eventToSmsBenchmark: Benchmark = {
  name: "event to SMS",
  async run({ kafka, kafkaBrokers, mongoUrl, topicPrefix, db }) {
    const port = await freePort();
    // Events carry the client sealed (ADR 11): the bench seals as booking does, in notify's key database.
    const keyDb = `${db.databaseName}_keys`;
    const vault = PersonalDataVault.on(db.client.db(keyDb).collection(CLIENT_DATA_KEYS_COLLECTION), {
      masterKey: personalDataMasterKeyOf({ NODE_ENV: "development" } as BaseServiceConfig),
    });
    const notify = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve(__dirname, "../../../services/notify/src/main.ts")],
      {
        env: {
          ...process.env,
          HTTP_PORT: String(port),
          KAFKA_BROKERS: kafkaBrokers,
          KAFKA_TOPIC_PREFIX: topicPrefix,
          MONGO_URL: mongoUrl,
          MONGO_DB: db.databaseName,
          PERSONAL_DATA_KEY_DB: keyDb,
          LOG_LEVEL: "error",
        },
        stdio: "ignore",
      },
    );
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    try {
      await waitUntil("notify service", async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, {
        timeoutMs: 60_000,
      });
      await producer.connect();
      // One event, so the consumer group has joined; then a warm-up at the measured rate, so
      // the figures are the steady state's: the first two seconds after a start pay for JIT
      // compilation and growing connection pools (up to ~90 ms here, recorded in benchmarks.md).
      await produce(await bookedEvent(0));
      await waitForInbox(1);
      await sendAtRate(1, WARM_UP_EVENTS, new Map());
      await waitForInbox(1 + WARM_UP_EVENTS);

      const producedAt = new Map<string, number>();
      const first = 1 + WARM_UP_EVENTS;
      await sendAtRate(first, EVENTS, producedAt);
      const inbox = await waitForInbox(1 + WARM_UP_EVENTS + EVENTS);
      const latencies = inbox
        .filter((message) => producedAt.has(message.clientId))
        .map((message) => message.receivedAt.getTime() - (producedAt.get(message.clientId) ?? 0));
      return [
        {
          benchmark: "event to SMS",
          figure: `appointment.booked → SMS handed over p50 (${String(RATE_PER_SECOND)}/s)`,
          value: percentile(latencies, 50),
          unit: "ms",
          baseline: "raw kafkajs · produce→consume round trip p50",
        },
        {
          benchmark: "event to SMS",
          figure: `appointment.booked → SMS handed over p99 (${String(RATE_PER_SECOND)}/s)`,
          value: percentile(latencies, 99),
          unit: "ms",
          baseline: "raw kafkajs · produce→consume round trip p99",
          note: "aim: p99 < 250 ms and within 3× of raw kafkajs",
        },
      ];
    } finally {
      await producer.disconnect();
      notify.kill("SIGTERM");
    }

    /** `count` events from `first` on, open-loop at RATE_PER_SECOND, noting when each was produced. */
    async function sendAtRate(first: number, count: number, producedAt: Map<string, number>): Promise<void> {
      const startsAt = Date.now();
      for (let offset = 0; offset < count; offset++) {
        // Sealed before the clock starts: booking seals when it writes, not on notify's path.
        const event = await bookedEvent(first + offset);
        const due = startsAt + ((offset + 1) * 1000) / RATE_PER_SECOND;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
        producedAt.set(clientOf(first + offset), Date.now());
        await produce(event);
      }
    }

    async function bookedEvent(index: number) {
      const clientId = clientOf(index);
      return anAppointmentBookedEvent({
        data: {
          appointmentId: `bench-appointment-${String(index)}`,
          client: anAppointmentClient({
            clientId,
            sealedName: await vault.encrypt(clientId, "Amal"),
            sealedPhone: await vault.encrypt(clientId, phoneOf(index)),
          }),
          time: {
            startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            endsAt: new Date(Date.now() + 7 * 86_400_000 + 45 * 60_000).toISOString(),
            timeZone: "Europe/Berlin",
          },
        },
      });
    }

    async function produce(event: Awaited<ReturnType<typeof bookedEvent>>): Promise<void> {
      await producer.send({
        topic: topicPrefix + Topics.bookingAppointments,
        acks: -1,
        messages: [{ key: event.subject, value: JSON.stringify(event) }],
      });
    }

    /** Fails rather than hangs when texts stay missing (a stuck notify must not stall `npm run bench`). */
    async function waitForInbox(count: number) {
      const inbox = db.collection<{ clientId: string; receivedAt: Date }>("dev_inbox");
      const deadline = Date.now() + INBOX_WAIT_MS;
      for (;;) {
        const messages = await inbox.find({}, { projection: { clientId: 1, receivedAt: 1 } }).toArray();
        if (messages.length >= count) return messages;
        if (Date.now() > deadline) {
          throw new Error(
            `only ${String(messages.length)} of ${String(count)} texts after ${String(INBOX_WAIT_MS)} ms`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  },
};

/** A client (and data key) per event, so each SMS is matched to the moment its event was produced. */
function clientOf(index: number): string {
  return `bench-client-${String(index)}`;
}

function phoneOf(index: number): string {
  return `+49151${String(10_000_000 + index)}`;
}
