import {
  AppError,
  createStaffProcedure,
  PersonalDataAccessQuerySchema,
  router,
  type StaffTokens,
} from "@counselling/platform";
import type { GetErasureStatus } from "../../../application/privacy/erasure-status.use-case";
import { ErasureStatusInputSchema } from "../../../application/privacy/erasure-status.use-case";
import type { ExportEverything } from "../../../application/privacy/export-everything.use-case";
import type { ExportOwn } from "../../../application/privacy/export-own.use-case";
import { PrivacySubjectInputSchema } from "../../../application/privacy/privacy-subject";
import type { QueryAccessLog } from "../../../application/privacy/query-access-log.use-case";
import type { RequestErasure } from "../../../application/privacy/request-erasure.use-case";
import type { VerifyAccessLog } from "../../../application/privacy/verify-access-log.use-case";

export interface PrivacyRouterDependencies {
  staffTokens: StaffTokens;
  requestErasure: RequestErasure;
  erasureStatus: GetErasureStatus;
  exportOwn: ExportOwn;
  exportEverything: ExportEverything;
  queryAccessLog: QueryAccessLog;
  verifyAccessLog: VerifyAccessLog;
}

/** The data protection officer's procedures (ADR 0011); every one refuses anyone else. */
export function createPrivacyRouter(deps: PrivacyRouterDependencies) {
  const staffProcedure = createStaffProcedure(deps.staffTokens);
  return router({
    /** DPO: erase a person (phone and/or client ids) in every service; the services confirm by event. */
    requestErasure: staffProcedure
      .input(PrivacySubjectInputSchema)
      .mutation(({ input, ctx }) => deps.requestErasure.execute(input, ctx.staff)),
    /** DPO: which services have confirmed an erasure. */
    erasureStatus: staffProcedure
      .input(ErasureStatusInputSchema)
      .query(({ input, ctx }) => deps.erasureStatus.execute(input, ctx.staff)),
    /**
     * DPO: everything booking holds about a person (booking's part of the export). Exports
     * are mutations (POST): the phone number stays out of URLs and access logs, and each
     * export is itself recorded.
     */
    exportOwn: staffProcedure
      .input(PrivacySubjectInputSchema)
      .mutation(({ input, ctx }) => deps.exportOwn.execute(input, ctx.staff)),
    /** DPO: one machine-readable export from booking, referral and notify; all or nothing. */
    export: staffProcedure.input(PrivacySubjectInputSchema).mutation(({ input, ctx }) => {
      // The staff procedure verified this very token: it is passed on to referral and notify.
      if (ctx.bearerToken === null) throw new AppError("UNAUTHENTICATED", "Please sign in");
      return deps.exportEverything.execute(input, ctx.staff, ctx.bearerToken);
    }),
    /** DPO: who read or changed whose personal data in booking. */
    accessLog: staffProcedure
      .input(PersonalDataAccessQuerySchema)
      .query(({ input, ctx }) => deps.queryAccessLog.execute(input, ctx.staff)),
    /** DPO: whether booking's access log is intact (hash chain). */
    verifyAccessLog: staffProcedure.query(({ ctx }) => deps.verifyAccessLog.execute(ctx.staff)),
  });
}
