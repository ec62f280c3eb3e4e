import { IdSchema } from "@counselling/contracts";
import {
  authorizeDataProtectionOfficer,
  type createStaffProcedure,
  PersonalDataAccessQuerySchema,
  type PersonalDataAccessLog,
  router,
} from "@counselling/platform";
import { z } from "zod";
import { type ExportOwnData } from "../../../application/privacy/export-own-data.use-case";

const ExportOwnInputSchema = z
  .object({
    phone: z.e164().optional(),
    clientIds: z.array(IdSchema).max(200).optional(),
  })
  .refine((input) => input.phone !== undefined || (input.clientIds?.length ?? 0) > 0, {
    message: "name a phone number or at least one client id",
    path: ["clientIds"],
  });

export interface PrivacyRouterDependencies {
  exportOwnData: ExportOwnData;
  accessLog: Pick<PersonalDataAccessLog, "query" | "verify">;
}

/**
 * The data protection officer's procedures (ADR 0011 § 8–10): the export booking's
 * `privacy.export` gathers over HTTP, and the access log. The role is checked before the
 * input is even read; nobody else, admins included, gets past it.
 */
export function createPrivacyRouter(
  staffProcedure: ReturnType<typeof createStaffProcedure>,
  deps: PrivacyRouterDependencies,
) {
  const dpoProcedure = staffProcedure.use(({ ctx, next }) => {
    authorizeDataProtectionOfficer(ctx.staff);
    return next();
  });
  return router({
    // A mutation (POST): the phone number stays out of URLs; the export itself is recorded.
    exportOwn: dpoProcedure
      .input(ExportOwnInputSchema)
      .mutation(({ input, ctx }) => deps.exportOwnData.execute(ctx.staff, input)),
    accessLog: dpoProcedure.input(PersonalDataAccessQuerySchema.optional()).query(async ({ input }) => {
      const entries = await deps.accessLog.query(input ?? {});
      return entries.map((entry) => ({ ...entry, at: entry.at.toISOString() }));
    }),
    verifyAccessLog: dpoProcedure.query(() => deps.accessLog.verify()),
  });
}
