import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  ERASURE_RECEIPTS_COLLECTION,
  ErasureReceipts,
  PERSONAL_DATA_ACCESS_LOG,
  PeriodicJob,
  PersonalDataAccessLog,
  personalDataProtectionOf,
  ProcessedEventStore,
  ReferralGrants,
  type ServiceInfrastructure,
  type ServiceParts,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { createAppointmentEventsConsumer } from "./adapters/inbound/kafka/appointment-events.consumer";
import { createPrivacyErasuresConsumer } from "./adapters/inbound/kafka/privacy-erasures.consumer";
import { createReferralRouter } from "./adapters/inbound/trpc/referral.router";
import { HttpServiceDirectory } from "./adapters/outbound/booking/http-service-directory";
import { HttpSlotHolds } from "./adapters/outbound/booking/http-slot-holds";
import { ReferralGrantIssuer } from "./adapters/outbound/booking/referral-grant-issuer";
import {
  MongoReferralRepository,
  type ReferralDocument,
} from "./adapters/outbound/mongo/mongo-referral.repository";
import { AcceptReferral } from "./application/accept-referral/accept-referral.use-case";
import { QueryAccessLog } from "./application/access-log/query-access-log.use-case";
import { VerifyAccessLog } from "./application/access-log/verify-access-log.use-case";
import { AnonymiseClosedReferrals } from "./application/anonymise-closed/anonymise-closed.use-case";
import { CancelReferral } from "./application/cancel-referral/cancel-referral.use-case";
import { CreateDraft } from "./application/create-draft/create-draft.use-case";
import { EraseClientData } from "./application/erase-client-data/erase-client-data.use-case";
import { ExpireOverdueReferrals } from "./application/expire-overdue/expire-overdue.use-case";
import { ExportOwnData } from "./application/export-own-data/export-own-data.use-case";
import { FollowAppointment } from "./application/follow-appointment/follow-appointment.use-case";
import { ServiceInbox } from "./application/inbox/service-inbox.use-case";
import { IntakeDecisions } from "./application/intake-decisions/intake-decisions.use-case";
import { OpenReferral } from "./application/open-referral/open-referral.use-case";
import type { Clock } from "./application/ports/clock.port";
import type { ServiceDirectory } from "./application/ports/service-directory.port";
import type { SlotHolds } from "./application/ports/slot-holds.port";
import { RecordConsent } from "./application/record-consent/record-consent.use-case";
import { MyReferrals } from "./application/referrer-views/my-referrals.use-case";
import { ReferralTimeline } from "./application/referrer-views/referral-timeline.use-case";
import { RequestHold } from "./application/request-hold/request-hold.use-case";
import { RevokeConsent } from "./application/revoke-consent/revoke-consent.use-case";
import { SendReferral } from "./application/send-referral/send-referral.use-case";
import { ReferralPersonalData } from "./application/shared/referral-personal-data";
import { MonthlyReferralStatistics } from "./application/statistics/monthly-statistics.use-case";
import type { ReferralConfig } from "./config";

/** Collection names of the referral database. */
export const ReferralCollections = {
  referrals: "referrals",
  /** The hash-chained log of staff accesses to personal data (platform's PersonalDataAccessLog). */
  personalDataAccessLog: PERSONAL_DATA_ACCESS_LOG,
  /** One receipt per erasure request, with its `privacy.erasure_confirmed` in the outbox. */
  erasureReceipts: ERASURE_RECEIPTS_COLLECTION,
  processedEvents: "processed_events",
  jobLeases: "job_leases",
} as const;

/** Stand-ins for the outbound adapters (integration tests without booking). */
export interface ReferralPartOverrides {
  serviceDirectory?: ServiceDirectory;
}

/** The jobs' work, for tests that run it at a moment of their choosing. */
export interface ReferralJobs {
  expireOverdue: ExpireOverdueReferrals;
  anonymiseClosed: AnonymiseClosedReferrals;
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
): ServiceParts & ReferralJobs {
  const client = db.getClient();
  const database = client.db(config.MONGO_DB);
  const referralCollection = database.collection<ReferralDocument>(ReferralCollections.referrals);
  const referrals = new MongoReferralRepository(
    referralCollection,
    DocumentLocks.on(database.collection(DOCUMENT_LOCKS_COLLECTION)),
  );
  // The shared key database (ADR 0011): keys live apart from this service's data.
  const { vault, phoneIndex } = personalDataProtectionOf(config, client);
  const personalData = new ReferralPersonalData(vault);
  const accessLog = new PersonalDataAccessLog(database, ReferralCollections.personalDataAccessLog);
  const deps = { referrals, clock };
  const privacy = { ...deps, personalData, accessLog };
  const staffTokens = new StaffTokens(staffTokenSecretOf(config));
  const slotHolds: SlotHolds = new HttpSlotHolds({
    bookingUrl: config.BOOKING_URL,
    timeoutMs: config.BOOKING_TIMEOUT_MS,
    // Booking holds across organisations only with referral's grant (ADR 33); same secret, other audience.
    grants: new ReferralGrantIssuer({
      referrals,
      staffTokens,
      grants: new ReferralGrants(staffTokenSecretOf(config)),
    }),
  });
  const serviceDirectory: ServiceDirectory =
    overrides.serviceDirectory ??
    new HttpServiceDirectory({
      bookingUrl: config.BOOKING_URL,
      timeoutMs: config.BOOKING_DIRECTORY_TIMEOUT_MS,
      cacheForMs: config.BOOKING_DIRECTORY_CACHE_MS,
    });
  const withDirectory = {
    ...privacy,
    serviceDirectory,
    defaultAcceptWithinWorkingDays: config.REFERRAL_ACCEPT_WITHIN_WORKING_DAYS,
  };
  const withHolds = { ...deps, slotHolds, logger };
  const expireOverdue = new ExpireOverdueReferrals(deps);
  const anonymiseClosed = new AnonymiseClosedReferrals({
    ...deps,
    vault,
    retention: {
      daysByServiceKind: config.RETENTION_DAYS_BY_SERVICE_KIND,
      defaultDays: config.RETENTION_DAYS_DEFAULT,
    },
  });
  const processed = new ProcessedEventStore(database.collection(ReferralCollections.processedEvents));
  const jobLeases = database.collection(ReferralCollections.jobLeases);
  return {
    router: createReferralRouter({
      staffTokens,
      createDraft: new CreateDraft({ ...withDirectory, phoneIndex }),
      recordConsent: new RecordConsent(privacy),
      sendReferral: new SendReferral(withDirectory),
      requestHold: new RequestHold({ ...withHolds, ...privacy, serviceDirectory }),
      cancelReferral: new CancelReferral(withHolds),
      revokeConsent: new RevokeConsent({ ...withHolds, ...privacy }),
      myReferrals: new MyReferrals(privacy),
      referralTimeline: new ReferralTimeline(privacy),
      serviceInbox: new ServiceInbox(deps),
      openReferral: new OpenReferral(privacy),
      acceptReferral: new AcceptReferral(withHolds),
      intakeDecisions: new IntakeDecisions({ ...withHolds, ...privacy }),
      exportOwnData: new ExportOwnData({ ...privacy, phoneIndex }),
      queryAccessLog: new QueryAccessLog({ accessLog }),
      verifyAccessLog: new VerifyAccessLog({ accessLog }),
      monthlyStatistics: new MonthlyReferralStatistics(deps),
    }),
    outboxCollections: [
      database.collection(ReferralCollections.referrals),
      database.collection(ReferralCollections.erasureReceipts),
    ],
    consumers: [
      createAppointmentEventsConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        groupId: config.REFERRAL_CONSUMER_GROUP,
        processed,
        deadLetters: publisher,
        logger,
        followAppointment: new FollowAppointment(deps),
      }),
      createPrivacyErasuresConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        groupId: config.REFERRAL_ERASURE_CONSUMER_GROUP,
        processed,
        deadLetters: publisher,
        logger,
        eraseClientData: new EraseClientData({
          ...deps,
          vault,
          accessLog,
          receipts: ErasureReceipts.on(database.collection(ReferralCollections.erasureReceipts)),
        }),
      }),
    ],
    jobs: [
      new PeriodicJob({
        name: "expire-overdue-referrals",
        intervalMs: config.REFERRAL_EXPIRY_INTERVAL_MS,
        leases: jobLeases,
        logger,
        work: async () => {
          const expired = await expireOverdue.execute();
          if (expired > 0) logger.info({ expired }, "referrals expired");
        },
      }),
      new PeriodicJob({
        name: "anonymise-closed",
        intervalMs: config.RETENTION_JOB_INTERVAL_MS,
        leases: jobLeases,
        logger,
        work: async () => {
          const anonymised = await anonymiseClosed.execute();
          if (anonymised > 0) logger.info({ anonymised }, "finished referrals anonymised after retention");
        },
      }),
    ],
    expireOverdue,
    anonymiseClosed,
  };
}
