import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  HashChainedAuditLog,
  PeriodicJob,
  ProcessedEventStore,
  type ServiceInfrastructure,
  type ServiceParts,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { createAppointmentEventsConsumer } from "./adapters/inbound/kafka/appointment-events.consumer";
import { createReferralRouter } from "./adapters/inbound/trpc/referral.router";
import { HttpServiceDirectory } from "./adapters/outbound/booking/http-service-directory";
import { HttpSlotHolds } from "./adapters/outbound/booking/http-slot-holds";
import { MongoPersonalDataAudit } from "./adapters/outbound/mongo/mongo-personal-data-audit";
import type { PersonalDataRead } from "./application/ports/personal-data-audit.port";
import {
  MongoReferralRepository,
  type ReferralDocument,
} from "./adapters/outbound/mongo/mongo-referral.repository";
import { AcceptReferral } from "./application/accept-referral/accept-referral.use-case";
import type { ServiceDirectory } from "./application/ports/service-directory.port";
import type { SlotHolds } from "./application/ports/slot-holds.port";
import { RequestHold } from "./application/request-hold/request-hold.use-case";
import { CancelReferral } from "./application/cancel-referral/cancel-referral.use-case";
import { CreateDraft } from "./application/create-draft/create-draft.use-case";
import { ExpireOverdueReferrals } from "./application/expire-overdue/expire-overdue.use-case";
import { FollowAppointment } from "./application/follow-appointment/follow-appointment.use-case";
import { ServiceInbox } from "./application/inbox/service-inbox.use-case";
import { IntakeDecisions } from "./application/intake-decisions/intake-decisions.use-case";
import { OpenReferral } from "./application/open-referral/open-referral.use-case";
import type { Clock } from "./application/ports/clock.port";
import { RecordConsent } from "./application/record-consent/record-consent.use-case";
import { MyReferrals } from "./application/referrer-views/my-referrals.use-case";
import { ReferralTimeline } from "./application/referrer-views/referral-timeline.use-case";
import { RevokeConsent } from "./application/revoke-consent/revoke-consent.use-case";
import { SendReferral } from "./application/send-referral/send-referral.use-case";
import type { ReferralConfig } from "./config";

/** Collection names of the referral database. */
export const ReferralCollections = {
  referrals: "referrals",
  personalDataReads: "personal_data_reads",
  processedEvents: "processed_events",
  jobLeases: "job_leases",
} as const;

/** Stand-ins for the outbound adapters (integration tests without booking). */
export interface ReferralPartOverrides {
  serviceDirectory?: ServiceDirectory;
}

/**
 * The referral service's parts wired from the shared infrastructure: used by main.ts
 * with the real clock and by integration tests with a chosen one.
 */
export function buildReferralParts(
  { db, kafka, publisher, logger }: ServiceInfrastructure,
  config: ReferralConfig,
  clock: Clock = () => new Date(),
  overrides: ReferralPartOverrides = {},
): ServiceParts & { expireOverdue: ExpireOverdueReferrals } {
  const database = db.getClient().db(config.MONGO_DB);
  const referralCollection = database.collection<ReferralDocument>(ReferralCollections.referrals);
  const referrals = new MongoReferralRepository(
    referralCollection,
    DocumentLocks.on(database.collection(DOCUMENT_LOCKS_COLLECTION)),
  );
  const audit = new MongoPersonalDataAudit(
    new HashChainedAuditLog<PersonalDataRead>(database, ReferralCollections.personalDataReads),
  );
  const deps = { referrals, clock };
  const slotHolds: SlotHolds = new HttpSlotHolds({
    bookingUrl: config.BOOKING_URL,
    timeoutMs: config.BOOKING_TIMEOUT_MS,
  });
  const serviceDirectory: ServiceDirectory =
    overrides.serviceDirectory ??
    new HttpServiceDirectory({
      bookingUrl: config.BOOKING_URL,
      timeoutMs: config.BOOKING_DIRECTORY_TIMEOUT_MS,
      cacheForMs: config.BOOKING_DIRECTORY_CACHE_MS,
    });
  const withDirectory = {
    ...deps,
    serviceDirectory,
    defaultAcceptWithinWorkingDays: config.REFERRAL_ACCEPT_WITHIN_WORKING_DAYS,
  };
  const withHolds = { ...deps, slotHolds, logger };
  const revokeConsent = new RevokeConsent(withHolds);
  const expireOverdue = new ExpireOverdueReferrals(deps);
  return {
    router: createReferralRouter({
      staffTokens: new StaffTokens(staffTokenSecretOf(config)),
      createDraft: new CreateDraft(withDirectory),
      recordConsent: new RecordConsent(deps),
      sendReferral: new SendReferral(withDirectory),
      requestHold: new RequestHold({ ...withHolds, serviceDirectory }),
      cancelReferral: new CancelReferral(withHolds),
      revokeConsent,
      myReferrals: new MyReferrals({ ...deps, audit }),
      referralTimeline: new ReferralTimeline(deps),
      serviceInbox: new ServiceInbox(deps),
      openReferral: new OpenReferral({ ...deps, audit }),
      acceptReferral: new AcceptReferral(withHolds),
      intakeDecisions: new IntakeDecisions(withHolds),
    }),
    outboxCollections: [database.collection(ReferralCollections.referrals)],
    consumers: [
      createAppointmentEventsConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        groupId: config.REFERRAL_CONSUMER_GROUP,
        processed: new ProcessedEventStore(database.collection(ReferralCollections.processedEvents)),
        deadLetters: publisher,
        logger,
        followAppointment: new FollowAppointment(deps),
      }),
    ],
    jobs: [
      new PeriodicJob({
        name: "expire-overdue-referrals",
        intervalMs: config.REFERRAL_EXPIRY_INTERVAL_MS,
        leases: database.collection(ReferralCollections.jobLeases),
        logger,
        work: async () => {
          const expired = await expireOverdue.execute();
          if (expired > 0) logger.info({ expired }, "referrals expired");
        },
      }),
    ],
    expireOverdue,
  };
}
