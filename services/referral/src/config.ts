import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** The referral service's settings, read from the environment once, here. */
export const ReferralConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  MONGO_DB: z.string().min(1).default("referral"),
});

export type ReferralConfig = z.infer<typeof ReferralConfigSchema>;

export function loadReferralConfig(source?: Record<string, string | undefined>): ReferralConfig {
  return loadConfig(ReferralConfigSchema, source);
}
