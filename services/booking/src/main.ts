/** Composition root of the booking service: adapters wired into use cases, run by the shared runtime. */
import {
  AppointmentCancelledV1,
  PrivacyErasureConfirmedV1,
  PrivacyErasureRequestedV1,
  SmsReplyReceivedV1,
} from "@counselling/contracts";
import {
  IdempotentConsumer,
  on,
  PeriodicJob,
  personalDataMasterKeyOf,
  personalDataProtectionOf,
  ProcessedEventStore,
  ReferralGrants,
  runServiceMain,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { HttpPrivacyExportPeers } from "./adapters/outbound/privacy/http-privacy-export-peers";
import { bookingPersonalDataOf } from "./composition/booking-personal-data";
import { createBookingRouter } from "./adapters/inbound/trpc/booking.router";
import { RefreshingDirectoryReader } from "./adapters/outbound/directory/refreshing-directory.reader";
import { MongoDirectoryStore } from "./adapters/outbound/mongo/mongo-directory.store";
import { GetOrganisationDirectory } from "./application/directory-admin/get-organisation-directory.use-case";
import { ListBookableServices } from "./application/directory-admin/list-bookable-services.use-case";
import { SaveOrganisationDirectory } from "./application/directory-admin/save-organisation-directory.use-case";
import { bookingOutboxCollections, createBookingUseCases } from "./composition/booking-use-cases";
import { freedSlotOf } from "./application/waitlist/pass-on-lapsed-offer.use-case";
import { demoAccountList, seedDemoAccounts } from "./application/staff-login/seed-demo-accounts";
import { loadBookingConfig } from "./config";
import { demoDirectory } from "./seed/demo-directory";

runServiceMain("booking", loadBookingConfig, async ({ db, logger, kafka, publisher }, config) => {
  const database = db.getClient().db(config.MONGO_DB);
  // The directory lives in the database, edited by admins; an empty one starts from the demo seed.
  const directoryStore = MongoDirectoryStore.inDatabase(database);
  const demo = config.SEED_DEMO_DATA && config.NODE_ENV !== "production";
  if (demo) await directoryStore.seedIfEmpty(demoDirectory);
  const directory = new RefreshingDirectoryReader({ source: directoryStore, logger });
  await directory.start();
  const staffTokens = new StaffTokens(staffTokenSecretOf(config));
  const useCases = createBookingUseCases({
    staffTokens,
    // Same secret, other audience: referral's grants for holds across organisations (ADR 33).
    referralGrants: new ReferralGrants(staffTokenSecretOf(config)),
    db: database,
    directory,
    clock: () => new Date(),
    logger,
    manageBaseUrl: config.PUBLIC_MANAGE_URL,
    manageLinkGraceDays: config.MANAGE_LINK_GRACE_DAYS,
    offerBaseUrl: config.PUBLIC_OFFER_URL,
    personalData: bookingPersonalDataOf(
      personalDataProtectionOf(config, db.getClient()),
      personalDataMasterKeyOf(config),
    ),
    retention: {
      daysByServiceKind: config.RETENTION_DAYS_BY_SERVICE_KIND,
      defaultDays: config.RETENTION_DAYS_DEFAULT,
    },
    privacyPeers: new HttpPrivacyExportPeers({
      urls: { referral: config.REFERRAL_URL, notify: config.NOTIFY_URL },
      timeoutMs: config.PRIVACY_EXPORT_TIMEOUT_MS,
    }),
  });
  if (demo) await seedDemoAccounts(useCases.staffAccounts);
  const leases = database.collection("job_leases");
  /** A use case run once per interval by whichever replica holds the job's lease. */
  const leasedJob = (name: string, intervalMs: number, useCase: { execute: () => Promise<unknown> }) =>
    new PeriodicJob({
      name,
      intervalMs,
      leases,
      logger,
      work: async () => {
        await useCase.execute();
      },
    });
  const processed = new ProcessedEventStore(database.collection("processed_events"));
  return {
    router: createBookingRouter({
      ...useCases,
      staffTokens,
      demoAccounts: demo ? demoAccountList : () => [],
      privacy: useCases.privacy,
      directoryAdmin: {
        getOrganisationDirectory: new GetOrganisationDirectory({ store: directoryStore }),
        saveOrganisationDirectory: new SaveOrganisationDirectory({
          store: directoryStore,
          snapshot: directory,
          appointments: useCases.appointments,
          clock: () => new Date(),
        }),
        listBookableServices: new ListBookableServices({ snapshot: () => directory.current() }),
      },
    }),
    outboxCollections: bookingOutboxCollections.map((name) => database.collection(name)),
    publicProcedures: [
      "availability.",
      "appointments.book",
      "appointments.reschedule",
      "appointments.cancel",
      "appointments.byManageLink",
      "waitlist.acceptOffer",
      "auth.",
    ],
    consumers: [
      new IdempotentConsumer({
        kafka,
        groupId: "booking.client-replies",
        topics: [SmsReplyReceivedV1.topic],
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processed,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
        deadLetters: publisher,
        logger,
        handlers: [on(SmsReplyReceivedV1, (event) => useCases.applyClientReply.execute(event.data))],
      }),
      // Booking listens to its own cancellations: each freed slot goes to the waitlist.
      new IdempotentConsumer({
        kafka,
        groupId: "booking.waitlist-offers",
        topics: [AppointmentCancelledV1.topic],
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processed,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
        deadLetters: publisher,
        logger,
        handlers: [
          on(AppointmentCancelledV1, async (event) => {
            await useCases.offerFreedSlot.execute(freedSlotOf(event.data));
          }),
        ],
      }),
      // Erasure requests (booking's own included) are carried out here; every service's
      // confirmation is collected for privacy.erasureStatus.
      new IdempotentConsumer({
        kafka,
        groupId: "booking.privacy-erasures",
        topics: [PrivacyErasureRequestedV1.topic],
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processed,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
        deadLetters: publisher,
        logger,
        handlers: [
          on(PrivacyErasureRequestedV1, (event) => useCases.privacy.erasePersonalData.execute(event)),
          on(PrivacyErasureConfirmedV1, (event) =>
            useCases.privacy.recordErasureConfirmation.execute(event.data),
          ),
        ],
      }),
    ],
    // Its refresh would otherwise tick into the closing database (an error line on every stop).
    stopOnShutdown: [directory],
    jobs: [
      leasedJob("sweep-orphan-claims", 60_000, useCases.sweepOrphanClaims),
      leasedJob("forget-past-claims", 3_600_000, useCases.forgetPastClaims),
      leasedJob("expire-holds", 15_000, useCases.expireHolds),
      leasedJob("anonymise-finished", config.RETENTION_JOB_INTERVAL_MS, useCases.anonymiseFinished),
    ],
  };
});
