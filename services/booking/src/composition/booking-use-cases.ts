import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  ERASURE_RECEIPTS_COLLECTION,
  ErasureReceipts,
  type Logger,
  PersonalDataAccessLog,
  type ReferralGrants,
  type StaffTokens,
} from "@counselling/platform";
import type { Db } from "mongodb";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "../adapters/outbound/mongo/mongo-appointment.repository";
import { MongoAppointmentStatistics } from "../adapters/outbound/mongo/mongo-appointment-statistics";
import {
  ERASURE_REQUESTS_COLLECTION,
  type ErasureRequestDocument,
  MongoErasureRequests,
} from "../adapters/outbound/mongo/mongo-erasure-requests.repository";
import {
  type GroupSessionDocument,
  MongoGroupSessions,
} from "../adapters/outbound/mongo/mongo-group-sessions.repository";
import {
  type ClaimDocument,
  MongoResourceClaims,
} from "../adapters/outbound/mongo/mongo-resource-claims.repository";
import {
  MongoStaffAccounts,
  type StaffAccountDocument,
} from "../adapters/outbound/mongo/mongo-staff-accounts.repository";
import {
  MongoWaitlistRepository,
  type WaitlistDocument,
} from "../adapters/outbound/mongo/mongo-waitlist.repository";
import { BookAppointment } from "../application/book-appointment/book-appointment.use-case";
import { BookForClient } from "../application/book-for-client/book-for-client.use-case";
import { CancelAppointment } from "../application/cancel-appointment/cancel-appointment.use-case";
import { ApplyClientReply } from "../application/client-reply/apply-client-reply.use-case";
import { FindFreeSlots } from "../application/find-free-slots/find-free-slots.use-case";
import { ConfirmHold } from "../application/holds/confirm-hold.use-case";
import { ExpireHolds } from "../application/holds/expire-holds.use-case";
import { PlaceHold } from "../application/holds/place-hold.use-case";
import { ReleaseHold } from "../application/holds/release-hold.use-case";
import { ViewByManageLink } from "../application/manage-link/view-by-manage-link.use-case";
import { AppointmentViews } from "../application/personal-data/client-views";
import type { DirectoryReader } from "../application/ports/directory-reader.port";
import type { BookingPersonalData } from "../application/ports/personal-data.port";
import type { PrivacyExportPeers } from "../application/ports/privacy-export-peers.port";
import { ErasePersonalData } from "../application/privacy/erase-personal-data.use-case";
import { GetErasureStatus } from "../application/privacy/erasure-status.use-case";
import { ExportEverything } from "../application/privacy/export-everything.use-case";
import { ExportOwn } from "../application/privacy/export-own.use-case";
import { QueryAccessLog } from "../application/privacy/query-access-log.use-case";
import { RecordErasureConfirmation } from "../application/privacy/record-erasure-confirmation.use-case";
import { RequestErasure } from "../application/privacy/request-erasure.use-case";
import { VerifyAccessLog } from "../application/privacy/verify-access-log.use-case";
import { LocationDay } from "../application/reception/location-day.use-case";
import { RecordAttendance } from "../application/reception/record-attendance.use-case";
import { RescheduleAppointment } from "../application/reschedule-appointment/reschedule-appointment.use-case";
import { AnonymiseFinished } from "../application/retention/anonymise-finished.use-case";
import { StaffLogin } from "../application/staff-login/staff-login.use-case";
import { GetMonthlyStatistics } from "../application/statistics/monthly-statistics.use-case";
import { ForgetPastClaims } from "../application/forget-past-claims/forget-past-claims.use-case";
import { SweepOrphanClaims } from "../application/sweep-orphan-claims/sweep-orphan-claims.use-case";
import { AcceptWaitlistOffer } from "../application/waitlist/accept-waitlist-offer.use-case";
import { JoinWaitlist } from "../application/waitlist/join-waitlist.use-case";
import { LeaveWaitlist } from "../application/waitlist/leave-waitlist.use-case";
import { ListWaitlist } from "../application/waitlist/list-waitlist.use-case";
import { OfferFreedSlot } from "../application/waitlist/offer-freed-slot.use-case";
import { PassOnLapsedOffer } from "../application/waitlist/pass-on-lapsed-offer.use-case";
import { WalkIn } from "../application/walk-in/walk-in.use-case";
import type { RetentionPolicy } from "../domain/retention/retention-policy";

/** Collections that carry an outbox the relay must drain. */
export const bookingOutboxCollections = [
  "appointments",
  "waitlist",
  ERASURE_REQUESTS_COLLECTION,
  ERASURE_RECEIPTS_COLLECTION,
] as const;

/**
 * Every booking use case wired to its Mongo adapters: one place, shared by the service's
 * composition root and the integration tests, so tests exercise the production wiring.
 */
export function createBookingUseCases(deps: {
  db: Db;
  directory: DirectoryReader;
  clock: () => Date;
  logger: Logger;
  manageBaseUrl: string;
  /** Days after an appointment's end during which its manage link still works (issue 7). */
  manageLinkGraceDays: number;
  /** Base of waitlist offer links (the web app's offer page). */
  offerBaseUrl: string;
  staffTokens: StaffTokens;
  /** Verifies the referral service's grants for holds across organisations (ADR 33). */
  referralGrants: ReferralGrants;
  /** Sealing, phone index and request fingerprints (ADR 0011). */
  personalData: BookingPersonalData;
  retention: RetentionPolicy;
  /** Referral's and notify's exports, for the one export of everything. */
  privacyPeers: PrivacyExportPeers;
  /** Claims the orphan sweeper looks at per run (default 5,000; tests use a few). */
  sweepPageSize?: number;
}) {
  const {
    db,
    directory,
    clock,
    logger,
    manageBaseUrl,
    manageLinkGraceDays,
    offerBaseUrl,
    staffTokens,
    personalData,
  } = deps;
  const { vault, phoneIndex } = personalData;
  const staffAccounts = new MongoStaffAccounts(db.collection<StaffAccountDocument>("staff_accounts"));
  const locks = DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION));
  const accessLog = new PersonalDataAccessLog(db);
  const views = new AppointmentViews(vault);
  const appointmentCollection = db.collection<AppointmentDocument>("appointments");
  const appointments = new MongoAppointmentRepository(appointmentCollection, locks);
  const waitlist = new MongoWaitlistRepository(db.collection<WaitlistDocument>("waitlist"), locks);
  const erasureRequests = new MongoErasureRequests(
    db.collection<ErasureRequestDocument>(ERASURE_REQUESTS_COLLECTION),
    locks,
  );
  const claims = new MongoResourceClaims(db.collection<ClaimDocument>("resource_claims"));
  const groupSessions = new MongoGroupSessions(
    db.collection<GroupSessionDocument>("group_sessions"),
    claims,
    locks,
  );
  const bookAppointment = new BookAppointment({
    directory,
    claims,
    groupSessions,
    appointments,
    clock,
    manageBaseUrl,
    personalData,
  });
  const findFreeSlots = new FindFreeSlots({ directory, claims, groupSessions, clock });
  const cancelAppointment = new CancelAppointment({
    appointments,
    claims,
    groupSessions,
    clock,
    logger,
    accessLog,
    manageLinkGraceDays,
  });
  const releaseHold = new ReleaseHold({ appointments, claims, groupSessions, logger, accessLog });
  const confirmHold = new ConfirmHold({ appointments, clock, manageBaseUrl, views, accessLog });
  const offerFreedSlot = new OfferFreedSlot({
    waitlist,
    appointments,
    claims,
    directory,
    bookAppointment,
    releaseHold,
    clock,
    logger,
    offerBaseUrl,
    vault,
  });
  const passOnLapsedOffer = new PassOnLapsedOffer({ waitlist, offerFreedSlot });
  const exportOwn = new ExportOwn({ appointments, waitlist, vault, phoneIndex, accessLog });
  return {
    views,
    viewByManageLink: new ViewByManageLink({ appointments, directory, clock, manageLinkGraceDays }),
    staffAccounts,
    staffLogin: new StaffLogin({ accounts: staffAccounts, tokens: staffTokens }),
    groupSessions,
    waitlist,
    offerFreedSlot,
    passOnLapsedOffer,
    joinWaitlist: new JoinWaitlist({ waitlist, directory, clock, personalData, accessLog }),
    listWaitlist: new ListWaitlist({ waitlist, directory, vault, accessLog }),
    leaveWaitlist: new LeaveWaitlist({
      waitlist,
      appointments,
      releaseHold,
      passOnLapsedOffer,
      clock,
      accessLog,
    }),
    acceptWaitlistOffer: new AcceptWaitlistOffer({ waitlist, appointments, confirmHold, views, clock }),
    appointments,
    claims,
    bookAppointment,
    findFreeSlots,
    cancelAppointment,
    releaseHold,
    bookForClient: new BookForClient({ bookAppointment, directory, accessLog }),
    walkIn: new WalkIn({ bookAppointment, findFreeSlots, directory, clock, accessLog }),
    placeHold: new PlaceHold({
      bookAppointment,
      directory,
      accessLog,
      referralGrants: deps.referralGrants,
    }),
    confirmHold,
    expireHolds: new ExpireHolds({
      appointments,
      releaseHold,
      clock,
      logger,
      afterRelease: (released) => passOnLapsedOffer.execute(released),
    }),
    rescheduleAppointment: new RescheduleAppointment({
      directory,
      claims,
      appointments,
      clock,
      manageBaseUrl,
      manageLinkGraceDays,
    }),
    locationDay: new LocationDay({ appointments, directory, vault, accessLog }),
    recordAttendance: new RecordAttendance({ appointments, clock, accessLog }),
    forgetPastClaims: new ForgetPastClaims({ claims, clock, logger }),
    sweepOrphanClaims: new SweepOrphanClaims({
      claims,
      groupSessions,
      appointments,
      clock,
      logger,
      pageSize: deps.sweepPageSize,
    }),
    applyClientReply: new ApplyClientReply({ appointments, cancelAppointment, logger }),
    monthlyStatistics: new GetMonthlyStatistics({
      appointments: new MongoAppointmentStatistics(appointmentCollection),
    }),
    anonymiseFinished: new AnonymiseFinished({
      appointments,
      waitlist,
      vault,
      policy: deps.retention,
      clock,
      logger,
    }),
    privacy: {
      accessLog,
      erasureRequests,
      requestErasure: new RequestErasure({
        requests: erasureRequests,
        appointments,
        waitlist,
        phoneIndex,
        accessLog,
        clock,
      }),
      erasureStatus: new GetErasureStatus({ requests: erasureRequests }),
      erasePersonalData: new ErasePersonalData({
        appointments,
        waitlist,
        vault,
        receipts: ErasureReceipts.on(db.collection(ERASURE_RECEIPTS_COLLECTION)),
        clock,
        logger,
      }),
      recordErasureConfirmation: new RecordErasureConfirmation({ requests: erasureRequests, logger }),
      exportOwn,
      exportEverything: new ExportEverything({ exportOwn, peers: deps.privacyPeers, phoneIndex, clock }),
      queryAccessLog: new QueryAccessLog({ accessLog }),
      verifyAccessLog: new VerifyAccessLog({ accessLog }),
    },
  };
}

export type BookingUseCases = ReturnType<typeof createBookingUseCases>;
