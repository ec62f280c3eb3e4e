import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, waitUntil } from "@counselling/infra";
import type { Benchmark } from "../benchmark";
import { runLoad } from "../measure";

interface Offer {
  start: string;
  end: string;
  locationId: string;
  counsellorId: string;
}

const CONCURRENCY = 50;
const MAX_BOOKINGS = 600;

/**
 * Booking over HTTP at 50 concurrent clients, through the real service (tRPC,
 * validation, rules check, atomic claims, appointment + event in one write),
 * compared with the raw insert rate of the same database in the same run.
 * Requests target free phone slots (no room needed) that do not overlap.
 */
export const bookingHttpBenchmark: Benchmark = {
  name: "booking over HTTP",
  async run({ kafkaBrokers, mongoUrl, topicPrefix, db }) {
    const port = await freePort();
    const service = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve(__dirname, "../../../services/booking/src/main.ts")],
      {
        env: {
          ...process.env,
          HTTP_PORT: String(port),
          KAFKA_BROKERS: kafkaBrokers,
          KAFKA_TOPIC_PREFIX: topicPrefix,
          MONGO_URL: mongoUrl,
          MONGO_DB: db.databaseName,
          LOG_LEVEL: "error",
          RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
        },
        stdio: "ignore",
      },
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntil("booking service", async () => (await fetch(`${url}/readyz`)).ok, {
        timeoutMs: 60_000,
      });
      const requests = await plannedBookings(url);
      let conflicts = 0;
      const result = await runLoad(requests.length, CONCURRENCY, async (index) => {
        const response = await fetch(`${url}/trpc/appointments.book`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(requests[index]),
        });
        if (response.status === 409) conflicts++;
        else if (!response.ok)
          throw new Error(`booking failed with ${response.status}: ${await response.text()}`);
      });
      return [
        {
          benchmark: "booking over HTTP",
          figure: `book, ${CONCURRENCY} concurrent clients (${requests.length - conflicts} booked, ${conflicts} conflicts)`,
          value: result.perSecond,
          unit: "requests/s",
          baseline: "raw database · insertOne, 50 concurrent",
        },
        { benchmark: "booking over HTTP", figure: "book p50", value: result.p50Ms, unit: "ms" },
        { benchmark: "booking over HTTP", figure: "book p99", value: result.p99Ms, unit: "ms" },
      ];
    } finally {
      service.kill("SIGTERM");
      await new Promise((resolve) => service.once("exit", resolve));
    }
  },
};

/** Free phone slots of every service, at most one per counsellor and time, never overlapping per counsellor. */
export async function plannedBookings(url: string) {
  const { demoDirectory } = await import("@counselling/booking/seed");
  const requests: unknown[] = [];
  const bookedUntil = new Map<string, number>();
  for (const service of demoDirectory.services.filter(
    (s) => s.channels.includes("phone") && s.groupCapacity === null,
  )) {
    const input = encodeURIComponent(
      JSON.stringify({ serviceId: service.id, channel: "phone", days: 31, limit: 500 }),
    );
    const response = await fetch(`${url}/trpc/availability.slots?input=${input}`);
    const offers = ((await response.json()) as { result: { data: Offer[] } }).result.data;
    for (const offer of offers) {
      const claimedFrom = Date.parse(offer.start) - service.bufferBeforeMinutes * 60_000;
      if ((bookedUntil.get(offer.counsellorId) ?? 0) > claimedFrom) continue;
      bookedUntil.set(offer.counsellorId, Date.parse(offer.end) + service.bufferAfterMinutes * 60_000);
      const counsellor = demoDirectory.counsellors.find((c) => c.id === offer.counsellorId);
      requests.push({
        idempotencyKey: `bench-${requests.length}-${Date.now()}`,
        serviceId: service.id,
        locationId: offer.locationId,
        counsellorId: offer.counsellorId,
        startsAt: offer.start,
        channel: "phone",
        client: {
          displayName: "Bench",
          phone: "+4915123456789",
          preferredLanguage: counsellor?.languages[0] ?? "de",
          smsConsent: true,
        },
      });
      if (requests.length >= MAX_BOOKINGS) return requests;
    }
  }
  return requests;
}
