import { z } from "zod";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { ConsentDataCategoryListSchema } from "./consent-data-category";

export const ConsentGivenHowSchema = z.enum([
  "signed_form", // signed release form, scanned into the case file
  "verbal_documented", // said in the session, documented by the counsellor
  "electronic", // confirmed by the client in the app or by SMS
]);

export type ConsentGivenHow = z.infer<typeof ConsentGivenHowSchema>;

/**
 * What the client released, for what, how, and until when. The consent record itself
 * stays with the referral service; the receiving side gets this summary so it can honour
 * purpose and expiry, and deletes released data when consent is revoked.
 */
export const ReferralConsentSummarySchema = z
  .object({
    consentId: IdSchema,
    dataCategories: ConsentDataCategoryListSchema.describe(
      "May be empty: the client agreed to be referred but releases no personal data.",
    ),
    purpose: z.string().min(1).describe("What the data may be used for, in the words shown to the client."),
    givenHow: ConsentGivenHowSchema,
    givenAt: InstantSchema,
    expiresAt: InstantSchema,
  })
  .refine((consent) => Date.parse(consent.expiresAt) > Date.parse(consent.givenAt), {
    message: "expiresAt must be after givenAt",
    path: ["expiresAt"],
  });

export type ReferralConsentSummary = z.infer<typeof ReferralConsentSummarySchema>;
