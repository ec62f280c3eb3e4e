import { Kafka, logLevel } from "kafkajs";
import { type TopicToCreate, loadTopicSpec } from "./topic-spec";

/**
 * Creates the topics of the spec that do not exist yet (idempotent), with an
 * optional name prefix so that test suites get topics of their own. Topics must
 * exist before consumers subscribe: kafkajs throws on a missing topic in KRaft.
 */
export async function ensureTopics(
  brokers: string,
  { prefix = "", topics = loadTopicSpec() }: { prefix?: string; topics?: TopicToCreate[] } = {},
): Promise<string[]> {
  const kafka = new Kafka({ clientId: "infra-topics", brokers: brokers.split(","), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(prefix + topic.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: prefix + topic.name,
          numPartitions: topic.partitions,
          replicationFactor: 1,
          configEntries: [{ name: "retention.ms", value: String(topic.retentionMs) }],
        })),
      });
    }
    return topics.map((topic) => prefix + topic.name);
  } finally {
    await admin.disconnect();
  }
}
