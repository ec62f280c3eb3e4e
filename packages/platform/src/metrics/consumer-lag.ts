import type { Admin } from "kafkajs";
import type { ServiceMetrics } from "./service-metrics";

/** A consumer group and the (prefixed) topics it reads, as Kafka names them. */
export interface LagTarget {
  groupId: string;
  topics: string[];
}

export interface CommittedOffsets {
  topic: string;
  partitions: Array<{ partition: number; offset: string }>;
}

export interface PartitionEnds {
  partition: number;
  high: string;
  low: string;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Messages a group has yet to handle per partition: log end minus committed offset.
 * Without a commit ("-1") the group starts from the beginning (our consumers subscribe
 * fromBeginning), so everything still retained counts.
 */
export function consumerLag(
  committed: CommittedOffsets[],
  endsByTopic: ReadonlyMap<string, PartitionEnds[]>,
): PartitionLag[] {
  const lags: PartitionLag[] = [];
  for (const { topic, partitions } of committed) {
    const ends = new Map((endsByTopic.get(topic) ?? []).map((end) => [end.partition, end]));
    for (const { partition, offset } of partitions) {
      const end = ends.get(partition);
      if (!end) continue;
      const from = Number(offset) >= 0 ? Number(offset) : Number(end.low);
      lags.push({ topic, partition, lag: Math.max(0, Number(end.high) - from) });
    }
  }
  return lags;
}

/**
 * `kafka_consumer_lag{group,topic,partition}`, read from the broker on scrape
 * (committed offsets vs. log end offsets, one admin round trip per group and topic),
 * cached 5 s and bounded to 2 s so an unreachable broker can't stall a scrape.
 */
export function registerConsumerLag(metrics: ServiceMetrics, admin: Admin, targets: LagTarget[]): void {
  if (targets.length === 0) return;
  metrics.polledGauge({
    name: "kafka_consumer_lag",
    help: "Messages not yet handled by a consumer group, per topic partition",
    labelNames: ["group", "topic", "partition"],
    read: async () => {
      const topics = [...new Set(targets.flatMap((target) => target.topics))];
      const ends = new Map(
        await Promise.all(
          topics.map(async (topic) => [topic, await admin.fetchTopicOffsets(topic)] as const),
        ),
      );
      const samples = await Promise.all(
        targets.map(async ({ groupId, topics: groupTopics }) => {
          const committed = await admin.fetchOffsets({ groupId, topics: groupTopics });
          return consumerLag(committed, ends).map(({ topic, partition, lag }) => ({
            labels: { group: groupId, topic, partition: String(partition) },
            value: lag,
          }));
        }),
      );
      return samples.flat();
    },
  });
}
