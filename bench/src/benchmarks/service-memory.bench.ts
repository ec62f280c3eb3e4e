import type { Benchmark, BenchRow } from "../benchmark";
import { runLoad } from "../measure";
import { rssMiB, sampleRss, type ServiceProcess, startServiceProcess } from "../service-process";
import { plannedBookings } from "./booking-http.bench";

const LOAD_BOOKINGS = 300;
const CONCURRENCY = 20;
const SETTLE_MS = 3_000;

/**
 * Memory per service (issue 7): the resident set size (VmRSS of the service's Node process)
 * of booking, referral and notify, idle after start, and at its peak while 300 bookings
 * go through booking over HTTP (20 concurrent) and their events through referral's and
 * notify's consumers (confirmation SMS into the dev inbox).
 */
export const serviceMemoryBenchmark: Benchmark = {
  name: "memory per service",
  async run({ kafkaBrokers, mongoUrl, topicPrefix, db }) {
    const common = {
      KAFKA_BROKERS: kafkaBrokers,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_URL: mongoUrl,
      RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
    };
    const services: ServiceProcess[] = [];
    try {
      const booking = await startServiceProcess("booking", {
        ...common,
        MONGO_DB: `${db.databaseName}_booking`,
      });
      services.push(booking);
      services.push(
        ...(await Promise.all([
          startServiceProcess("referral", {
            ...common,
            MONGO_DB: `${db.databaseName}_referral`,
            BOOKING_URL: booking.url,
          }),
          startServiceProcess("notify", { ...common, MONGO_DB: `${db.databaseName}_notify` }),
        ])),
      );
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const idle = new Map(services.map((service) => [service.name, rssMiB(service.child.pid)]));

      const requests = (await plannedBookings(booking.url)).slice(0, LOAD_BOOKINGS);
      const peaks = sampleRss(services);
      const load = await runLoad(requests.length, CONCURRENCY, async (index) => {
        const response = await fetch(`${booking.url}/trpc/appointments.book`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(requests[index]),
        });
        await response.arrayBuffer();
      });
      // The events reach notify and referral after the HTTP answers: keep sampling while they drain.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const underLoad = peaks();

      const rows: BenchRow[] = [];
      for (const service of services) {
        rows.push({
          benchmark: "memory per service",
          figure: `${service.name} RSS idle (${SETTLE_MS / 1000} s after ready)`,
          value: idle.get(service.name) ?? Number.NaN,
          unit: "MiB",
        });
        rows.push({
          benchmark: "memory per service",
          figure: `${service.name} RSS peak under load (${requests.length} bookings at ${CONCURRENCY} concurrent, ${Math.round(load.perSecond)}/s, and their events)`,
          value: underLoad.get(service.name) ?? Number.NaN,
          unit: "MiB",
        });
      }
      return rows;
    } finally {
      await Promise.all(services.map((service) => service.stop()));
    }
  },
};
