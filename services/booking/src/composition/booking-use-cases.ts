import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  type Logger,
  type StaffTokens,
} from "@counselling/platform";
import {
  MongoStaffAccounts,
  type StaffAccountDocument,
} from "../adapters/outbound/mongo/mongo-staff-accounts.repository";
import { StaffLogin } from "../application/staff-login/staff-login.use-case";
import { ViewByManageLink } from "../application/manage-link/view-by-manage-link.use-case";
import type { Db } from "mongodb";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "../adapters/outbound/mongo/mongo-appointment.repository";
import {
  type GroupSessionDocument,
  MongoGroupSessions,
} from "../adapters/outbound/mongo/mongo-group-sessions.repository";
import {
  type ClaimDocument,
  MongoResourceClaims,
} from "../adapters/outbound/mongo/mongo-resource-claims.repository";
import { BookAppointment } from "../application/book-appointment/book-appointment.use-case";
import { BookForClient } from "../application/book-for-client/book-for-client.use-case";
import { CancelAppointment } from "../application/cancel-appointment/cancel-appointment.use-case";
import { ApplyClientReply } from "../application/client-reply/apply-client-reply.use-case";
import { FindFreeSlots } from "../application/find-free-slots/find-free-slots.use-case";
import { ConfirmHold } from "../application/holds/confirm-hold.use-case";
import { ExpireHolds } from "../application/holds/expire-holds.use-case";
import { PlaceHold } from "../application/holds/place-hold.use-case";
import { ReleaseHold } from "../application/holds/release-hold.use-case";
import type { DirectoryReader } from "../application/ports/directory-reader.port";
import { LocationDay } from "../application/reception/location-day.use-case";
import { RecordAttendance } from "../application/reception/record-attendance.use-case";
import { RescheduleAppointment } from "../application/reschedule-appointment/reschedule-appointment.use-case";
import { SweepOrphanClaims } from "../application/sweep-orphan-claims/sweep-orphan-claims.use-case";
import { WalkIn } from "../application/walk-in/walk-in.use-case";
import { AcceptWaitlistOffer } from "../application/waitlist/accept-waitlist-offer.use-case";
import { JoinWaitlist } from "../application/waitlist/join-waitlist.use-case";
import { LeaveWaitlist } from "../application/waitlist/leave-waitlist.use-case";
import { ListWaitlist } from "../application/waitlist/list-waitlist.use-case";
import { OfferFreedSlot } from "../application/waitlist/offer-freed-slot.use-case";
import { PassOnLapsedOffer } from "../application/waitlist/pass-on-lapsed-offer.use-case";
import {
  MongoWaitlistRepository,
  type WaitlistDocument,
} from "../adapters/outbound/mongo/mongo-waitlist.repository";

/** Collections that carry an outbox the relay must drain. */
export const bookingOutboxCollections = ["appointments", "waitlist"] as const;

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
  /** Base of waitlist offer links (the web app's offer page). */
  offerBaseUrl: string;
  staffTokens: StaffTokens;
}) {
  const { db, directory, clock, logger, manageBaseUrl, offerBaseUrl, staffTokens } = deps;
  const staffAccounts = new MongoStaffAccounts(db.collection<StaffAccountDocument>("staff_accounts"));
  const locks = DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION));
  const appointments = new MongoAppointmentRepository(
    db.collection<AppointmentDocument>("appointments"),
    locks,
  );
  const waitlist = new MongoWaitlistRepository(db.collection<WaitlistDocument>("waitlist"), locks);
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
  });
  const findFreeSlots = new FindFreeSlots({ directory, claims, groupSessions, clock });
  const cancelAppointment = new CancelAppointment({ appointments, claims, groupSessions, clock, logger });
  const releaseHold = new ReleaseHold({ appointments, claims, groupSessions, logger });
  const confirmHold = new ConfirmHold({ appointments, clock, manageBaseUrl });
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
  });
  const passOnLapsedOffer = new PassOnLapsedOffer({ waitlist, offerFreedSlot });
  return {
    viewByManageLink: new ViewByManageLink({ appointments, directory }),
    staffAccounts,
    staffLogin: new StaffLogin({ accounts: staffAccounts, tokens: staffTokens }),
    groupSessions,
    waitlist,
    offerFreedSlot,
    passOnLapsedOffer,
    joinWaitlist: new JoinWaitlist({ waitlist, directory, clock }),
    listWaitlist: new ListWaitlist({ waitlist, directory }),
    leaveWaitlist: new LeaveWaitlist({ waitlist, appointments, releaseHold, passOnLapsedOffer }),
    acceptWaitlistOffer: new AcceptWaitlistOffer({ waitlist, appointments, confirmHold }),
    appointments,
    claims,
    bookAppointment,
    findFreeSlots,
    cancelAppointment,
    releaseHold,
    bookForClient: new BookForClient({ bookAppointment, directory }),
    walkIn: new WalkIn({ bookAppointment, findFreeSlots, directory, clock }),
    placeHold: new PlaceHold({ bookAppointment, directory }),
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
    }),
    locationDay: new LocationDay({ appointments, directory }),
    recordAttendance: new RecordAttendance({ appointments, clock }),
    sweepOrphanClaims: new SweepOrphanClaims({ claims, groupSessions, appointments, clock, logger }),
    applyClientReply: new ApplyClientReply({ appointments, cancelAppointment, logger }),
  };
}

export type BookingUseCases = ReturnType<typeof createBookingUseCases>;
