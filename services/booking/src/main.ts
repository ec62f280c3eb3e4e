/** Composition root of the booking service: adapters wired into use cases, run by the shared runtime. */
import { SmsReplyReceivedV1 } from "@counselling/contracts";
import {
  IdempotentConsumer,
  on,
  PeriodicJob,
  ProcessedEventStore,
  runServiceMain,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { createBookingRouter } from "./adapters/inbound/trpc/booking.router";
import { InMemoryDirectoryReader } from "./adapters/outbound/directory/in-memory-directory.reader";
import { bookingOutboxCollections, createBookingUseCases } from "./composition/booking-use-cases";
import { loadBookingConfig } from "./config";
import { DirectorySchema } from "./domain/directory/directory";
import { demoDirectory } from "./seed/demo-directory";

runServiceMain("booking", loadBookingConfig, ({ db, logger, kafka, publisher }, config) => {
  const database = db.getClient().db(config.MONGO_DB);
  // The directory is the demo seed until the admin procedures store it (next step of issue 3).
  const directory = new InMemoryDirectoryReader(DirectorySchema.parse(demoDirectory));
  const useCases = createBookingUseCases({
    db: database,
    directory,
    clock: () => new Date(),
    logger,
    manageBaseUrl: config.PUBLIC_MANAGE_URL,
  });
  const leases = database.collection("job_leases");
  return {
    router: createBookingRouter({ ...useCases, staffTokens: new StaffTokens(staffTokenSecretOf(config)) }),
    outboxCollections: bookingOutboxCollections.map((name) => database.collection(name)),
    publicProcedures: [
      "availability.",
      "appointments.book",
      "appointments.reschedule",
      "appointments.cancel",
    ],
    consumers: [
      new IdempotentConsumer({
        kafka,
        groupId: "booking.client-replies",
        topics: [SmsReplyReceivedV1.topic],
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processed: new ProcessedEventStore(database.collection("processed_events")),
        deadLetters: publisher,
        logger,
        handlers: [on(SmsReplyReceivedV1, (event) => useCases.applyClientReply.execute(event.data))],
      }),
    ],
    jobs: [
      new PeriodicJob({
        name: "sweep-orphan-claims",
        intervalMs: 60_000,
        leases,
        logger,
        work: async () => {
          await useCases.sweepOrphanClaims.execute();
        },
      }),
      new PeriodicJob({
        name: "expire-holds",
        intervalMs: 15_000,
        leases,
        logger,
        work: async () => {
          await useCases.expireHolds.execute();
        },
      }),
    ],
  };
});
