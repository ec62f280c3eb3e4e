import type { Db } from "mongodb";
import type { Logger } from "pino";
import { PROCESSED_EVENTS_COLLECTION, ProcessedEventStore } from "../consumer/processed-event-store";
import { DOCUMENT_LOCKS_COLLECTION, purgeAbandonedLocks } from "../mongo/document-locks";
import { PeriodicJob } from "./periodic-job";

const DAY_MS = 86_400_000;

/**
 * Clean-up every service needs, run on one replica at a time: consumer markers older than
 * the retention (the test database has no TTL indexes) and locks abandoned by crashed
 * holders.
 */
export function housekeepingJobs(
  database: Db,
  logger: Logger,
  options: { processedEventsRetentionDays: number; intervalMs?: number },
): PeriodicJob[] {
  const leases = database.collection("job_leases");
  const intervalMs = options.intervalMs ?? 60 * 60_000;
  const processed = new ProcessedEventStore(database.collection(PROCESSED_EVENTS_COLLECTION));
  return [
    new PeriodicJob({
      name: "purge-processed-events",
      intervalMs,
      leases,
      logger,
      work: async () => {
        const cutoff = new Date(Date.now() - options.processedEventsRetentionDays * DAY_MS);
        const purged = await processed.purgeAppliedBefore(cutoff);
        if (purged > 0) logger.info({ purged }, "old consumer markers purged");
      },
    }),
    new PeriodicJob({
      name: "purge-abandoned-locks",
      intervalMs,
      leases,
      logger,
      work: async () => {
        await purgeAbandonedLocks(
          database.collection(DOCUMENT_LOCKS_COLLECTION),
          new Date(Date.now() - 60 * 60_000),
        );
      },
    }),
  ];
}
