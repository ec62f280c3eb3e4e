/**
 * A whole service on the shared runtime, for the observability test: `counters.increment`
 * writes an aggregate with its event (outbox); a consumer in the same process handles it
 * and writes an "echo" aggregate whose event goes out through the outbox too. Both
 * events should carry the trace of the HTTP call that started it all.
 * env: the base service settings (MONGO_DB, KAFKA_TOPIC_PREFIX, HTTP_PORT, ...).
 */
import { z } from "zod";
import { BaseServiceConfigSchema, loadConfig } from "../config/env";
import { on } from "../consumer/event-handler";
import { IdempotentConsumer } from "../consumer/idempotent-consumer";
import { ProcessedEventStore } from "../consumer/processed-event-store";
import { runServiceMain } from "../service/run-service-main";
import { procedure, router } from "../trpc/trpc";
import { counterEntry, CounterIncremented, insertAggregateWithEvent } from "./counter-fixture";

export const ECHO_SUFFIX = "-echo";

runServiceMain(
  "observed-fixture",
  () => loadConfig(BaseServiceConfigSchema.extend({ MONGO_DB: z.string() })),
  ({ db, kafka, logger, publisher }, config) => {
    const database = db.getClient().db(config.MONGO_DB);
    const aggregates = database.collection("aggregates");
    return {
      router: router({
        counters: router({
          increment: procedure.input(z.object({ counterId: z.string() })).mutation(async ({ input }) => {
            await insertAggregateWithEvent(aggregates, counterEntry(input.counterId, 1));
            return { ok: true };
          }),
        }),
      }),
      outboxCollections: [aggregates],
      consumers: [
        new IdempotentConsumer({
          kafka,
          groupId: "observed-echo",
          topics: [CounterIncremented.topic],
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          processed: new ProcessedEventStore(database.collection("processed_events")),
          deadLetters: publisher,
          logger,
          handlers: [
            on(CounterIncremented, async (envelope) => {
              const { counterId } = envelope.data;
              if (counterId.endsWith(ECHO_SUFFIX)) return;
              await insertAggregateWithEvent(aggregates, counterEntry(counterId + ECHO_SUFFIX, 0));
            }),
          ],
        }),
      ],
    };
  },
);
