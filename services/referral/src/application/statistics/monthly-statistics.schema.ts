import { IdSchema } from "@counselling/contracts";
import { z } from "zod";
import { MonthSchema } from "../../domain/statistics/monthly-statistics";

/** Which referrals to count: of one organisation (as sender or recipient), sent in months `from`..`to`. */
export const MonthlyStatisticsInputSchema = z
  .object({
    organisationId: IdSchema.optional(),
    from: MonthSchema.optional(),
    to: MonthSchema.optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "`from` must not be after `to`",
    path: ["to"],
  })
  .default({});

export type MonthlyStatisticsInput = z.infer<typeof MonthlyStatisticsInputSchema>;
