import { deadLetterTopicOf } from "@counselling/contracts";
import { uniqueId, waitFor } from "@counselling/testkit";
import type { Kafka, KafkaMessage } from "kafkajs";
import { newEnvelope } from "../kafka/new-envelope";
import { CounterIncremented, counterEntry, counterValue } from "../test-fixtures/counter-fixture";
import { usePlatformSuite } from "../test-fixtures/platform-suite";

describe("idempotent consumer on real Kafka", () => {
  const suite = usePlatformSuite("consumer");

  it("(b) sends a poison message to the dead-letter topic with the error in headers, and the partition keeps flowing", async () => {
    const { kafka, db, topicPrefix, publisher } = suite();
    const counterId = `counter-${uniqueId()}`;
    const topic = CounterIncremented.topic;
    const unknownVersion = { ...counterEntry(counterId, 1).envelope, version: 99 };
    const badPayload = { ...counterEntry(counterId, 1).envelope, data: { counterId, amount: "lots" } };
    // Same key = same partition: the good event sits behind the poison ones.
    await publisher.sendRaw(topic, [
      { key: counterId, value: "{not json", headers: { "x-test": "poison" } },
      { key: counterId, value: JSON.stringify(unknownVersion) },
      { key: counterId, value: JSON.stringify(badPayload) },
    ]);
    await publisher.publish(topic, [counterEntry(counterId, 5).envelope]);

    const deadLetters = await collect(kafka, topicPrefix + deadLetterTopicOf(topic), 3);
    await suite().startCounterConsumer();

    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 5,
      { what: "the good event behind the poison" },
    );
    const letters = await deadLetters.done;
    const reasons = letters.map((message) => message.headers?.["dlq-reason"]?.toString());
    expect(reasons).toEqual(["unparseable", "unsupported_version", "invalid_payload"]);
    const first = letters[0]!;
    expect(first.value?.toString()).toBe("{not json");
    expect(first.headers?.["x-test"]?.toString()).toBe("poison");
    expect(first.headers?.["dlq-original-topic"]?.toString()).toBe(topic);
    expect(first.headers?.["dlq-error"]?.toString()).toMatch(/JSON/);
  });

  it("retries a transient failure with backoff and applies the event once", async () => {
    const { db, publisher } = suite();
    const counterId = `counter-${uniqueId()}`;
    const { handlerCalls } = await suite().startCounterConsumer({ counterId, times: 2 });
    await publisher.publish(CounterIncremented.topic, [
      newEnvelope(CounterIncremented, { subject: counterId, source: "test", data: { counterId, amount: 3 } }),
    ]);
    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 3,
      { what: "the retried event" },
    );
    expect(handlerCalls(counterId)).toBe(3);
  });
});

/** Starts reading a topic from the beginning and resolves once `count` messages arrived. */
async function collect(
  kafka: Kafka,
  topic: string,
  count: number,
): Promise<{ done: Promise<KafkaMessage[]> }> {
  const consumer = kafka.consumer({ groupId: `collect-${uniqueId()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const messages: KafkaMessage[] = [];
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push(message);
      await Promise.resolve();
    },
  });
  const done = waitFor(
    () => messages.length,
    (length) => length >= count,
    { what: `${count} messages on ${topic}` },
  ).then(async () => {
    await consumer.disconnect();
    return messages;
  });
  return { done };
}
