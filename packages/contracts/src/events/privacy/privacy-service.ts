import { z } from "zod";

/** The services that hold client personal data; each confirms every erasure on its own. */
export const PrivacyServiceSchema = z.enum(["booking", "referral", "notify"]);

export type PrivacyService = z.infer<typeof PrivacyServiceSchema>;

export const PRIVACY_SERVICES = PrivacyServiceSchema.options;
