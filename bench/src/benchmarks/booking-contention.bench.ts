import type { Benchmark } from "../benchmark";
import { percentile } from "../measure";
import { rssMiB, sampleRss, startServiceProcess } from "../service-process";

const REQUESTS = 500;

interface Offer {
  start: string;
  locationId: string;
  counsellorId: string;
}

/**
 * Contention (issue 7): 500 clients ask for the same slot at the same moment, over HTTP,
 * through the real booking process. Exactly one must get it (the benchmark fails
 * otherwise); the others get 409. Measured: how long until every client has its answer,
 * and each answer's latency.
 */
export const bookingContentionBenchmark: Benchmark = {
  name: "booking contention",
  async run({ kafkaBrokers, mongoUrl, topicPrefix, db }) {
    const booking = await startServiceProcess("booking", {
      KAFKA_BROKERS: kafkaBrokers,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_URL: mongoUrl,
      MONGO_DB: db.databaseName,
      RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
    });
    try {
      const input = encodeURIComponent(
        JSON.stringify({ serviceId: "svc-westsachsen-mbe", channel: "phone", language: "ar", limit: 1 }),
      );
      const offers = (
        (await (await fetch(`${booking.url}/trpc/availability.slots?input=${input}`)).json()) as {
          result: { data: Offer[] };
        }
      ).result.data;
      const slot = offers[0];
      if (!slot) throw new Error("no free slot to contend for");
      const idleRss = rssMiB(booking.child.pid);
      const peakRss = sampleRss([booking]);

      const statuses = new Map<number, number>();
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: REQUESTS }, async (_, index) => {
          const begin = performance.now();
          const response = await fetch(`${booking.url}/trpc/appointments.book`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              idempotencyKey: `contention-${index}-${Date.now()}`,
              serviceId: "svc-westsachsen-mbe",
              locationId: slot.locationId,
              counsellorId: slot.counsellorId,
              startsAt: slot.start,
              channel: "phone",
              client: {
                displayName: "Bench",
                phone: "+4915123456789",
                preferredLanguage: "ar",
                smsConsent: false,
              },
            }),
          });
          await response.arrayBuffer();
          latencies.push(performance.now() - begin);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }),
      );
      const totalMs = performance.now() - started;
      const peak = peakRss().get("booking") ?? Number.NaN;

      const successes = statuses.get(200) ?? 0;
      const conflicts = statuses.get(409) ?? 0;
      const summary = [...statuses].map(([status, count]) => `${count}× ${status}`).join(", ");
      if (successes !== 1 || conflicts !== REQUESTS - 1) {
        throw new Error(`contention: expected 1× 200 and ${REQUESTS - 1}× 409, got ${summary}`);
      }
      // A fresh database: every appointment in it was booked here.
      const stored = await db.collection("appointments").countDocuments({});
      if (stored !== 1) throw new Error(`contention: ${stored} appointments stored, expected 1`);
      const label = `${REQUESTS} concurrent requests for one slot (${summary}; ${stored} stored)`;
      return [
        { benchmark: "booking contention", figure: `${label}: all answered`, value: totalMs, unit: "ms" },
        {
          benchmark: "booking contention",
          figure: "answer p50",
          value: percentile(latencies, 50),
          unit: "ms",
        },
        {
          benchmark: "booking contention",
          figure: "answer p99",
          value: percentile(latencies, 99),
          unit: "ms",
        },
        { benchmark: "booking contention", figure: "booking RSS before", value: idleRss, unit: "MiB" },
        { benchmark: "booking contention", figure: "booking RSS peak during", value: peak, unit: "MiB" },
      ];
    } finally {
      await booking.stop();
    }
  },
};
