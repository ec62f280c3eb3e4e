import { IdSchema } from "@counselling/contracts";
import { createStaffProcedure, procedure, router, type StaffTokens } from "@counselling/platform";
import { z } from "zod";
import { BookAppointmentInputSchema } from "../../../application/book-appointment/book-appointment.schema";
import type { BookAppointment } from "../../../application/book-appointment/book-appointment.use-case";
import {
  CancelByClientInputSchema,
  CancelByStaffInputSchema,
} from "../../../application/cancel-appointment/cancel-appointment.schema";
import type { BookForClient } from "../../../application/book-for-client/book-for-client.use-case";
import { type ConfirmHold, ConfirmHoldInputSchema } from "../../../application/holds/confirm-hold.use-case";
import { PlaceHoldInputSchema } from "../../../application/holds/place-hold.schema";
import type { PlaceHold } from "../../../application/holds/place-hold.use-case";
import { type ReleaseHold, ReleaseHoldInputSchema } from "../../../application/holds/release-hold.use-case";
import {
  type AcceptWaitlistOffer,
  AcceptWaitlistOfferInputSchema,
} from "../../../application/waitlist/accept-waitlist-offer.use-case";
import {
  type JoinWaitlist,
  JoinWaitlistInputSchema,
} from "../../../application/waitlist/join-waitlist.use-case";
import {
  type LeaveWaitlist,
  LeaveWaitlistInputSchema,
} from "../../../application/waitlist/leave-waitlist.use-case";
import {
  type ListWaitlist,
  ListWaitlistInputSchema,
} from "../../../application/waitlist/list-waitlist.use-case";
import type { WaitlistEntry } from "../../../domain/waitlist/waitlist-entry";
import { WalkInInputSchema } from "../../../application/walk-in/walk-in.schema";
import type { WalkIn } from "../../../application/walk-in/walk-in.use-case";
import {
  type ViewByManageLink,
  ViewByManageLinkInputSchema,
} from "../../../application/manage-link/view-by-manage-link.use-case";
import type { demoAccountList } from "../../../application/staff-login/seed-demo-accounts";
import {
  type StaffLogin,
  StaffLoginInputSchema,
} from "../../../application/staff-login/staff-login.use-case";
import { createDirectoryAdminRouter, type DirectoryAdminRouterDependencies } from "./directory-admin.router";
import { createPrivacyRouter, type PrivacyRouterDependencies } from "./privacy.router";
import type { AppointmentViews } from "../../../application/personal-data/client-views";
import {
  type GetMonthlyStatistics,
  MonthlyStatisticsInputSchema,
} from "../../../application/statistics/monthly-statistics.use-case";
import type { CancelAppointment } from "../../../application/cancel-appointment/cancel-appointment.use-case";
import {
  type LocationDay,
  LocationDayInputSchema,
} from "../../../application/reception/location-day.use-case";
import type { RecordAttendance } from "../../../application/reception/record-attendance.use-case";
import { FindFreeSlotsInputSchema } from "../../../application/find-free-slots/find-free-slots.schema";
import type { FindFreeSlots } from "../../../application/find-free-slots/find-free-slots.use-case";
import { RescheduleByClientInputSchema } from "../../../application/reschedule-appointment/reschedule-appointment.schema";
import type { RescheduleAppointment } from "../../../application/reschedule-appointment/reschedule-appointment.use-case";

export interface BookingRouterDependencies {
  bookAppointment: BookAppointment;
  bookForClient: BookForClient;
  walkIn: WalkIn;
  placeHold: PlaceHold;
  confirmHold: ConfirmHold;
  releaseHold: ReleaseHold;
  cancelAppointment: CancelAppointment;
  findFreeSlots: FindFreeSlots;
  rescheduleAppointment: RescheduleAppointment;
  locationDay: LocationDay;
  recordAttendance: RecordAttendance;
  staffTokens: StaffTokens;
  directoryAdmin: Omit<DirectoryAdminRouterDependencies, "staffTokens">;
  joinWaitlist: JoinWaitlist;
  listWaitlist: ListWaitlist;
  leaveWaitlist: LeaveWaitlist;
  acceptWaitlistOffer: AcceptWaitlistOffer;
  staffLogin: StaffLogin;
  viewByManageLink: ViewByManageLink;
  /** Appointments in answers: the client opened with the appointment's key. */
  views: AppointmentViews;
  monthlyStatistics: GetMonthlyStatistics;
  privacy: Omit<PrivacyRouterDependencies, "staffTokens">;
  /** Demo sign-ins to show on the login page; empty outside the demo. */
  demoAccounts: () => ReturnType<typeof demoAccountList>;
}

/** An entry as staff see it after a change: no phone number in the answer. */
function summaryOf(entry: WaitlistEntry) {
  return { entryId: entry.entryId, status: entry.status, joinedAt: entry.joinedAt.toISOString() };
}

/** The booking service's tRPC API. Its type is exported for the web app. */
export function createBookingRouter(deps: BookingRouterDependencies) {
  const staffProcedure = createStaffProcedure(deps.staffTokens);
  return router({
    auth: router({
      /** Public (rate-limited): staff sign in; the token goes in `Authorization: Bearer`. */
      login: procedure.input(StaffLoginInputSchema).mutation(({ input }) => deps.staffLogin.execute(input)),
      /** Public: who to sign in as in the demo (empty in production). */
      demoAccounts: procedure.query(() => deps.demoAccounts()),
    }),
    directory: createDirectoryAdminRouter({ ...deps.directoryAdmin, staffTokens: deps.staffTokens }),
    privacy: createPrivacyRouter({ ...deps.privacy, staffTokens: deps.staffTokens }),
    statistics: router({
      /** Admins, coordinators (their organisation), the DPO: appointments per month, service kind, status. */
      monthly: staffProcedure
        .input(MonthlyStatisticsInputSchema)
        .query(({ input, ctx }) => deps.monthlyStatistics.execute(input, ctx.staff)),
    }),
    reception: router({
      /** Staff: a location's day (reception, counsellors, intake, admins of its organisation). */
      day: staffProcedure
        .input(LocationDayInputSchema)
        .query(({ input, ctx }) => deps.locationDay.execute(input, ctx.staff)),
      /** Staff: check-in, no-show, completed. */
      recordAttendance: staffProcedure
        .input(z.object({ appointmentId: IdSchema, outcome: z.enum(["checked_in", "no_show", "completed"]) }))
        .mutation(async ({ input, ctx }) => {
          const updated = await deps.recordAttendance.execute(input.appointmentId, input.outcome, ctx.staff);
          return { appointmentId: input.appointmentId, status: updated.status };
        }),
      /** Staff: book a client standing at the desk with the first free suitable counsellor today. */
      walkIn: staffProcedure
        .input(WalkInInputSchema)
        .mutation(({ input, ctx }) => deps.walkIn.execute(input, ctx.staff)),
    }),
    waitlist: router({
      /** Staff: put a client on a service's waitlist (an offer comes by SMS when a slot frees up). */
      join: staffProcedure
        .input(JoinWaitlistInputSchema)
        .mutation(({ input, ctx }) => deps.joinWaitlist.execute(input, ctx.staff).then(summaryOf)),
      /** Staff: the service's waitlist, longest-waiting first. */
      list: staffProcedure
        .input(ListWaitlistInputSchema)
        .query(({ input, ctx }) => deps.listWaitlist.execute(input, ctx.staff)),
      /** Staff: take someone off the list; an open offer passes to the next person. */
      leave: staffProcedure
        .input(LeaveWaitlistInputSchema)
        .mutation(({ input, ctx }) => deps.leaveWaitlist.execute(input, ctx.staff).then(summaryOf)),
      /** Public: the client takes the offered slot with the secret from the offer SMS. */
      acceptOffer: procedure
        .input(AcceptWaitlistOfferInputSchema)
        .mutation(({ input }) => deps.acceptWaitlistOffer.execute(input)),
    }),
    holds: router({
      /**
       * Staff: reserve a slot tentatively (warm handover of a referral); it lapses by itself.
       * Across organisations only with referral's grant in `x-referral-grant` (ADR 33).
       */
      place: staffProcedure
        .input(PlaceHoldInputSchema)
        .mutation(({ input, ctx }) => deps.placeHold.execute(input, ctx.staff, ctx.referralGrant)),
      /** Staff of the receiving service: turn the hold into an appointment (the client is told). */
      confirm: staffProcedure
        .input(ConfirmHoldInputSchema)
        .mutation(({ input, ctx }) => deps.confirmHold.execute(input, ctx.staff)),
      /** Staff: let a hold go before it lapses. */
      release: staffProcedure.input(ReleaseHoldInputSchema).mutation(async ({ input, ctx }) => {
        const released = await deps.releaseHold.byStaff(input, ctx.staff);
        return { appointmentId: input.appointmentId, status: released.status };
      }),
    }),
    system: router({
      info: procedure.query(() => ({ service: "booking" as const, status: "up" as const })),
    }),
    availability: router({
      /** Public: free times of a service, by place, language and channel. */
      slots: procedure
        .input(FindFreeSlotsInputSchema)
        .query(({ input }) => deps.findFreeSlots.execute(input)),
    }),
    appointments: router({
      /** Public: a client books with a name and a phone number. */
      book: procedure
        .input(BookAppointmentInputSchema)
        .mutation(({ input }) =>
          deps.bookAppointment.execute(input, { kind: "system", component: "booking/public-web" }),
        ),
      /** Staff: book for a client (phone call, follow-up), attributed to the staff member. */
      bookForClient: staffProcedure
        .input(BookAppointmentInputSchema)
        .mutation(({ input, ctx }) => deps.bookForClient.execute(input, ctx.staff)),
      /** Staff: cancel for the client or the service, with a reason. */
      cancelByStaff: staffProcedure.input(CancelByStaffInputSchema).mutation(async ({ input, ctx }) => {
        const cancelled = await deps.cancelAppointment.byStaff(input, ctx.staff);
        return { appointment: await deps.views.of(cancelled), status: cancelled.status };
      }),
      /** Public: the client's appointment as it stands, from the secret of their manage link. */
      byManageLink: procedure
        .input(ViewByManageLinkInputSchema)
        .query(({ input }) => deps.viewByManageLink.execute(input)),
      /** Public: the client moves the appointment with the secret of their manage link; a new link comes back. */
      reschedule: procedure.input(RescheduleByClientInputSchema).mutation(async ({ input }) => {
        const moved = await deps.rescheduleAppointment.byClient(input);
        return { appointment: await deps.views.of(moved.appointment), manageToken: moved.manageToken };
      }),
      /** Public: the client cancels with the secret of their manage link. */
      cancel: procedure.input(CancelByClientInputSchema).mutation(async ({ input }) => {
        const cancelled = await deps.cancelAppointment.byClient(input);
        return { appointment: await deps.views.of(cancelled), status: cancelled.status };
      }),
    }),
  });
}

export type BookingRouter = ReturnType<typeof createBookingRouter>;
