import type { Collection } from "mongodb";
import type { ServiceMetrics } from "./service-metrics";

/**
 * `outbox_backlog{collection}`: aggregate documents whose events wait for the relay.
 * A count on `outboxPending: 1` is a scan on FerretDB v1, hence on scrape only,
 * cached 5 s and bounded in time (maxTimeMS and the gauge's own timeout).
 */
export function registerOutboxBacklog(metrics: ServiceMetrics, collections: Collection[]): void {
  if (collections.length === 0) return;
  metrics.polledGauge({
    name: "outbox_backlog",
    help: "Aggregate documents with events not yet published, per collection",
    labelNames: ["collection"],
    read: () =>
      Promise.all(
        collections.map(async (collection) => ({
          labels: { collection: collection.collectionName },
          value: await collection.countDocuments({ outboxPending: 1 }, { maxTimeMS: 2_000 }),
        })),
      ),
  });
}
