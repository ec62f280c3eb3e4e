import { Kafka, logLevel } from "kafkajs";
import { type TopicToCreate, loadTopicSpec } from "./topic-spec";

/**
 * Creates the topics of the spec that do not exist yet (idempotent), with an
 * optional name prefix so that test suites get topics of their own, and waits
 * until every partition has a leader. Topics must exist before consumers
 * subscribe: kafkajs throws on a missing topic in KRaft.
 */
export async function ensureTopics(
  brokers: string,
  { prefix = "", topics = loadTopicSpec() }: { prefix?: string; topics?: TopicToCreate[] } = {},
): Promise<string[]> {
  const kafka = new Kafka({
    clientId: "infra-topics",
    brokers: brokers.split(","),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const names = topics.map((topic) => prefix + topic.name);
  try {
    // Concurrent creations (parallel test suites) can make kafkajs' own leader
    // wait fail with "does not host this topic-partition"; creation is
    // idempotent, so we retry the whole step.
    for (let attempt = 1; ; attempt++) {
      try {
        await createMissing(admin, topics, prefix);
        const metadata = await admin.fetchTopicMetadata({ topics: names });
        const leaderless = metadata.topics.flatMap((topic) => topic.partitions.filter((p) => p.leader < 0));
        if (leaderless.length === 0) return names;
        throw new Error(`${leaderless.length} partitions have no leader yet`);
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

async function createMissing(admin: ReturnType<Kafka["admin"]>, topics: TopicToCreate[], prefix: string) {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(prefix + topic.name));
  if (missing.length === 0) return;
  await admin.createTopics({
    waitForLeaders: false,
    topics: missing.map((topic) => ({
      topic: prefix + topic.name,
      numPartitions: topic.partitions,
      replicationFactor: 1,
      configEntries: [{ name: "retention.ms", value: String(topic.retentionMs) }],
    })),
  });
}
