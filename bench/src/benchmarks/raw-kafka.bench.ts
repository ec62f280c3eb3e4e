import { Topics } from "@counselling/contracts";
import { percentile } from "../measure";
import type { Benchmark } from "../benchmark";

const WARM_UP_ROUND_TRIPS = 50;

/** The broker's own speed through kafkajs: the baseline for event delivery. */
export const rawKafkaBenchmark: Benchmark = {
  name: "raw kafkajs",
  async run({ kafka, topicPrefix }) {
    const topic = topicPrefix + Topics.notifyDeliveries;
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    const consumer = kafka.consumer({ groupId: `${topicPrefix}bench-raw`, maxWaitTimeInMs: 100 });
    await producer.connect();
    await consumer.connect();
    // The run's own fresh topic, read from its start: with "latest", a first message sent
    // before the consumer has fetched its starting offset was skipped, and the bench hung.
    await consumer.subscribe({ topic, fromBeginning: true });

    const waiting = new Map<string, () => void>();
    await consumer.run({
      eachMessage: async ({ message }) => {
        waiting.get(message.key?.toString() ?? "")?.();
        await Promise.resolve();
      },
    });
    await waitForAssignment(consumer);

    const roundTrips: number[] = [];
    // The first 50 warm up (as in the event-to-SMS bench): only the steady state is compared.
    for (let index = 0; index < WARM_UP_ROUND_TRIPS + 300; index++) {
      const key = `rt-${index}`;
      const received = new Promise<void>((resolve) => waiting.set(key, resolve));
      const begin = performance.now();
      await producer.send({ topic, acks: -1, messages: [{ key, value: "x".repeat(500) }] });
      await received;
      if (index >= WARM_UP_ROUND_TRIPS) roundTrips.push(performance.now() - begin);
      waiting.delete(key);
    }

    const batches = 50;
    const perBatch = 100;
    const begin = performance.now();
    for (let batch = 0; batch < batches; batch++) {
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: perBatch }, (_, index) => ({
          key: `t-${index}`,
          value: "x".repeat(500),
        })),
      });
    }
    const produced = (batches * perBatch) / ((performance.now() - begin) / 1000);

    await consumer.disconnect();
    await producer.disconnect();
    return [
      {
        benchmark: "raw kafkajs",
        figure: "produce→consume round trip p50",
        value: percentile(roundTrips, 50),
        unit: "ms",
      },
      {
        benchmark: "raw kafkajs",
        figure: "produce→consume round trip p99",
        value: percentile(roundTrips, 99),
        unit: "ms",
      },
      {
        benchmark: "raw kafkajs",
        figure: "produce, batches of 100 × 500 B, acks=all",
        value: produced,
        unit: "msgs/s",
      },
    ];
  },
};

async function waitForAssignment(consumer: {
  describeGroup: () => Promise<{ state: string }>;
}): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await consumer.describeGroup()).state === "Stable") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
