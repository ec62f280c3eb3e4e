import { IdSchema } from "@counselling/contracts";
import {
  createStaffProcedure,
  PersonalDataAccessQuerySchema,
  procedure,
  router,
  type StaffPrincipal,
  type StaffTokens,
} from "@counselling/platform";
import { z } from "zod";
import { CancelReferralInputSchema } from "../../../application/cancel-referral/cancel-referral.schema";
import type { CancelReferral } from "../../../application/cancel-referral/cancel-referral.use-case";
import { CreateDraftInputSchema } from "../../../application/create-draft/create-draft.schema";
import type { CreateDraft } from "../../../application/create-draft/create-draft.use-case";
import { ServiceInboxInputSchema } from "../../../application/inbox/service-inbox.schema";
import type { ServiceInbox } from "../../../application/inbox/service-inbox.use-case";
import type { QueryAccessLog } from "../../../application/access-log/query-access-log.use-case";
import type { VerifyAccessLog } from "../../../application/access-log/verify-access-log.use-case";
import { ExportOwnDataInputSchema } from "../../../application/export-own-data/export-own-data.schema";
import type { ExportOwnData } from "../../../application/export-own-data/export-own-data.use-case";
import { MonthlyStatisticsInputSchema } from "../../../application/statistics/monthly-statistics.schema";
import type { MonthlyReferralStatistics } from "../../../application/statistics/monthly-statistics.use-case";
import { AcceptReferralInputSchema } from "../../../application/accept-referral/accept-referral.schema";
import type { AcceptReferral } from "../../../application/accept-referral/accept-referral.use-case";
import type { StaffCaller } from "../../../application/access/staff-caller";
import {
  AddReceiverNoteInputSchema,
  CloseReferralInputSchema,
  DeclineReferralInputSchema,
} from "../../../application/intake-decisions/intake-decisions.schema";
import type { IntakeDecisions } from "../../../application/intake-decisions/intake-decisions.use-case";
import type { OpenReferral } from "../../../application/open-referral/open-referral.use-case";
import { RecordConsentInputSchema } from "../../../application/record-consent/record-consent.schema";
import type { RecordConsent } from "../../../application/record-consent/record-consent.use-case";
import { RequestHoldInputSchema } from "../../../application/request-hold/request-hold.schema";
import type { RequestHold } from "../../../application/request-hold/request-hold.use-case";
import type { MyReferrals } from "../../../application/referrer-views/my-referrals.use-case";
import type { ReferralTimeline } from "../../../application/referrer-views/referral-timeline.use-case";
import { RevokeConsentInputSchema } from "../../../application/revoke-consent/revoke-consent.schema";
import type { RevokeConsent } from "../../../application/revoke-consent/revoke-consent.use-case";
import type { SendReferral } from "../../../application/send-referral/send-referral.use-case";

export interface ReferralRouterDependencies {
  staffTokens: StaffTokens;
  createDraft: CreateDraft;
  recordConsent: RecordConsent;
  sendReferral: SendReferral;
  requestHold: RequestHold;
  cancelReferral: CancelReferral;
  revokeConsent: RevokeConsent;
  myReferrals: MyReferrals;
  referralTimeline: ReferralTimeline;
  serviceInbox: ServiceInbox;
  openReferral: OpenReferral;
  acceptReferral: AcceptReferral;
  intakeDecisions: IntakeDecisions;
  exportOwnData: ExportOwnData;
  queryAccessLog: QueryAccessLog;
  verifyAccessLog: VerifyAccessLog;
  monthlyStatistics: MonthlyReferralStatistics;
}

const ByReferralSchema = z.object({ referralId: IdSchema });

/** The staff member and the token the staff middleware verified (passed on to booking). */
function callerOf(ctx: { staff: StaffPrincipal; bearerToken: string | null }): StaffCaller {
  return { staff: ctx.staff, bearerToken: ctx.bearerToken ?? "" };
}

/**
 * The referral service's tRPC API (consent-scoped referrals, inboxes and their
 * timelines, privacy and statistics). Every procedure is for signed-in staff; role and
 * scope are checked in the use cases. Its type is exported for the web app.
 */
export function createReferralRouter(deps: ReferralRouterDependencies) {
  const staff = createStaffProcedure(deps.staffTokens);
  return router({
    system: router({
      info: procedure.query(() => ({ service: "referral" as const, status: "up" as const })),
    }),
    /** The referring side: a counsellor and their own referrals. */
    counsellor: router({
      createDraft: staff
        .input(CreateDraftInputSchema)
        .mutation(({ input, ctx }) => deps.createDraft.execute(input, ctx.staff)),
      recordConsent: staff
        .input(RecordConsentInputSchema)
        .mutation(({ input, ctx }) => deps.recordConsent.execute(input, ctx.staff)),
      send: staff
        .input(ByReferralSchema)
        .mutation(({ input, ctx }) => deps.sendReferral.execute(input.referralId, ctx.staff)),
      /** Warm handover: hold a slot at the receiving service while intake decides. */
      requestHold: staff
        .input(RequestHoldInputSchema)
        .mutation(({ input, ctx }) => deps.requestHold.execute(input, callerOf(ctx))),
      cancel: staff
        .input(CancelReferralInputSchema)
        .mutation(({ input, ctx }) => deps.cancelReferral.execute(input, callerOf(ctx))),
      revokeConsent: staff
        .input(RevokeConsentInputSchema)
        .mutation(({ input, ctx }) => deps.revokeConsent.execute(input, callerOf(ctx))),
      myReferrals: staff.query(({ ctx }) => deps.myReferrals.execute(ctx.staff)),
      timeline: staff
        .input(ByReferralSchema)
        .query(({ input, ctx }) => deps.referralTimeline.execute(input.referralId, ctx.staff)),
    }),
    /** The receiving side: intake of the service a referral went to. */
    intake: router({
      inbox: staff
        .input(ServiceInboxInputSchema)
        .query(({ input, ctx }) => deps.serviceInbox.execute(input, ctx.staff)),
      /** A mutation: the first opening marks the referral received, and every opening is audited. */
      open: staff
        .input(ByReferralSchema)
        .mutation(({ input, ctx }) => deps.openReferral.execute(input.referralId, ctx.staff)),
      /** Confirms a pending warm-handover hold into an appointment (or lets it go: `hold: "release"`). */
      accept: staff
        .input(AcceptReferralInputSchema)
        .mutation(({ input, ctx }) => deps.acceptReferral.execute(input, callerOf(ctx))),
      decline: staff
        .input(DeclineReferralInputSchema)
        .mutation(({ input, ctx }) => deps.intakeDecisions.decline(input, callerOf(ctx))),
      close: staff
        .input(CloseReferralInputSchema)
        .mutation(({ input, ctx }) => deps.intakeDecisions.close(input, ctx.staff)),
      addNote: staff
        .input(AddReceiverNoteInputSchema)
        .mutation(({ input, ctx }) => deps.intakeDecisions.addNote(input, ctx.staff)),
      revokeConsent: staff
        .input(RevokeConsentInputSchema)
        .mutation(({ input, ctx }) => deps.revokeConsent.execute(input, callerOf(ctx))),
    }),
    /** The data protection officer's procedures (role `dpo` only, network-wide; ADR 0011). */
    privacy: router({
      /** Everything this service holds about a person, by phone and/or data key ids (booking's export asks it). */
      // A mutation (POST): the phone number stays out of URLs; the export itself is recorded.
      exportOwn: staff
        .input(ExportOwnDataInputSchema)
        .mutation(({ input, ctx }) => deps.exportOwnData.execute(input, ctx.staff)),
      accessLog: staff
        .input(PersonalDataAccessQuerySchema)
        .query(({ input, ctx }) => deps.queryAccessLog.execute(input, ctx.staff)),
      verifyAccessLog: staff.query(({ ctx }) => deps.verifyAccessLog.execute(ctx.staff)),
    }),
    /** Anonymous counts per programme: admins and coordinators of their organisation, the data protection officer. */
    statistics: router({
      monthly: staff
        .input(MonthlyStatisticsInputSchema)
        .query(({ input, ctx }) => deps.monthlyStatistics.execute(input, ctx.staff)),
    }),
  });
}

export type ReferralRouter = ReturnType<typeof createReferralRouter>;
