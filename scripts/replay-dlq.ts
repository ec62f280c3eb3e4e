/**
 * Replays a dead-letter topic into the topic its messages came from (docs/operations.md).
 *
 *   KAFKA_BROKERS=… [KAFKA_TOPIC_PREFIX=…] tsx scripts/replay-dlq.ts <base-topic> [--group <consumer-group>] [--apply]
 *
 * Reads `<prefix><base-topic>.dlq` from the beginning up to its current end (a throwaway
 * consumer group, nothing committed), keeps the messages of one consumer group if asked,
 * and, with --apply, produces each one's original key, value and headers (traceparent
 * included, the dlq-* headers dropped) to its original topic. Without --apply it only
 * lists what it would replay. Every group reading the original topic sees the replay;
 * groups skip envelopes they already applied, so that (and a replay overlapping an earlier
 * one) is harmless. Fix the cause first, or the messages land here again.
 * `--group` is the group as in the `dlq-consumer-group` header (without the topic prefix).
 */
import { randomUUID } from "node:crypto";
import { createKafka, createLogger } from "@counselling/platform";
import { type IHeaders, type Message, Partitioners } from "kafkajs";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const baseTopic = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--group");
  const groupIndex = args.indexOf("--group");
  const group = groupIndex >= 0 ? args[groupIndex + 1] : undefined;
  const apply = args.includes("--apply");
  const brokers = process.env.KAFKA_BROKERS;
  if (!baseTopic || !brokers)
    throw new Error("usage: KAFKA_BROKERS=… tsx scripts/replay-dlq.ts <base-topic> [--group g] [--apply]");
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? "";
  const dlq = `${prefix}${baseTopic}.dlq`;

  const kafka = createKafka({
    clientId: "replay-dlq",
    brokers,
    logger: createLogger({ service: "replay-dlq", level: "warn" }),
  });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(dlq)).map((end) => [end.partition, BigInt(end.high)]));
  await admin.disconnect();
  const remaining = new Set([...ends].filter(([, high]) => high > 0n).map(([partition]) => partition));

  const replay: Array<{ topic: string; message: Message }> = [];
  if (remaining.size > 0) {
    const consumer = kafka.consumer({ groupId: `replay-dlq-${randomUUID()}`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: ({ partition, message }) => {
            const headers = message.headers ?? {};
            const original = String(headers["dlq-original-topic"] ?? baseTopic);
            if (!group || String(headers["dlq-consumer-group"]) === group) {
              const kept: IHeaders = Object.fromEntries(
                Object.entries(headers).filter(([key]) => !key.startsWith("dlq-")),
              );
              replay.push({
                topic: prefix + original,
                message: { key: message.key, value: message.value, headers: kept },
              });
              console.log(
                `${apply ? "replaying" : "would replay"} ${dlq}/${partition}@${message.offset} → ${prefix + original}` +
                  ` reason=${String(headers["dlq-reason"])} group=${String(headers["dlq-consumer-group"])}` +
                  ` event=${String(headers["event-id"] ?? "?")} type=${String(headers["event-type"] ?? "?")}`,
              );
            }
            if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) remaining.delete(partition);
            if (remaining.size === 0) resolve();
            return Promise.resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
  }

  if (apply && replay.length > 0) {
    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      maxInFlightRequests: 1,
      // Same key, same partition as the services' publisher: per-aggregate order holds.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    for (const { topic, message } of replay) await producer.send({ topic, acks: -1, messages: [message] });
    await producer.disconnect();
  }
  console.log(`${replay.length} message(s) ${apply ? "replayed" : "to replay (dry run; add --apply)"}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
