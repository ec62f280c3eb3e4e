import { z } from "zod";

/**
 * The kinds of personal data a client can release to the receiving service
 * (Schweigepflichtentbindung, § 203 StGB; consent under § 11 DSG-EKD).
 * health_notes is a special category (§ 13 DSG-EKD) and needs its own explicit consent.
 */
export const ConsentDataCategorySchema = z.enum([
  "contact",
  "language",
  "residence_status",
  "referral_reason",
  "health_notes",
]);

export type ConsentDataCategory = z.infer<typeof ConsentDataCategorySchema>;

/** A set of categories, as a list without repeats (JSON has no sets). */
export const ConsentDataCategoryListSchema = z
  .array(ConsentDataCategorySchema)
  .refine((categories) => new Set(categories).size === categories.length, "categories must be unique");
