import { randomBytes } from "node:crypto";
import { ensureTopics } from "@counselling/infra";

/** Where the integration run's broker and database are (set by the global setup). */
export function testInfra(): { kafkaBrokers: string; mongoUrl: string } {
  const kafkaBrokers = process.env.KAFKA_BROKERS;
  const mongoUrl = process.env.MONGO_URL;
  if (!kafkaBrokers || !mongoUrl) {
    throw new Error("KAFKA_BROKERS / MONGO_URL missing: run integration tests with jest.int.config.js");
  }
  return { kafkaBrokers, mongoUrl };
}

export function uniqueId(length = 8): string {
  return randomBytes(length).toString("hex").slice(0, length);
}

/**
 * A suite's own topics (every topic of infra/topics.json under a unique
 * prefix) and its own database name, so suites running in parallel on one
 * broker and one database never see each other's data.
 */
export async function isolatedSuite(name: string): Promise<{ topicPrefix: string; dbName: string }> {
  const id = uniqueId();
  const topicPrefix = `t-${name}-${id}.`;
  await ensureTopics(testInfra().kafkaBrokers, { prefix: topicPrefix });
  return { topicPrefix, dbName: `t_${name.replace(/[^a-z0-9]/gi, "_")}_${id}` };
}
