import { ConsentDataCategoryListSchema, IdSchema } from "@counselling/contracts";
import { z } from "zod";

export const RevokeConsentInputSchema = z.object({
  referralId: IdSchema,
  /** The categories taken back; "all" withdraws the whole release. */
  categories: z.union([z.literal("all"), ConsentDataCategoryListSchema.min(1)]),
});

export type RevokeConsentInput = z.infer<typeof RevokeConsentInputSchema>;
