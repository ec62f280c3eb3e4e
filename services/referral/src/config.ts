import { ServiceKindSchema } from "@counselling/contracts";
import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** JSON in an environment variable, e.g. `{"psychosocial_centre": 3650}`. */
const RetentionDaysByKindSchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value; // not JSON: the record schema refuses it with a readable message
    }
  },
  z.partialRecord(ServiceKindSchema, z.number().int().positive()),
);

/** The referral service's settings, read from the environment once, here. */
export const ReferralConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  MONGO_DB: z.string().min(1).default("referral"),
  /**
   * Working days a receiving service has to accept before a referral expires, for a
   * region-wide referral ("any service of the kind in the Land": no single service is
   * known). A referral to an organisation or service gets the service's own deadline
   * from booking's directory (ADR 32).
   */
  REFERRAL_ACCEPT_WITHIN_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  /** How often the expiry job looks for referrals past their deadline. */
  REFERRAL_EXPIRY_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
  /** Booking's base URL: the warm handover's holds are placed, confirmed and released there. */
  BOOKING_URL: z.url().default("http://127.0.0.1:4001"),
  /** How long a call to booking may take before it counts as `booking_unavailable`. */
  BOOKING_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** How long a directory read may take (a form waits for it) before it counts as `booking_unavailable`. */
  BOOKING_DIRECTORY_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  /** How long booking's directory of services is reused before it is read again. */
  BOOKING_DIRECTORY_CACHE_MS: z.coerce.number().int().nonnegative().default(60_000),
  /** Consumer group of the appointment-event consumer (the topic prefix is added). */
  REFERRAL_CONSUMER_GROUP: z.string().min(1).default("referral.appointments"),
  /** Consumer group of the erasure-request consumer (privacy.erasures.v1). */
  REFERRAL_ERASURE_CONSUMER_GROUP: z.string().min(1).default("referral.privacy-erasures"),
  /**
   * Days personal data of a finished referral are kept, per kind of the receiving
   * service (JSON object, kind → days); kinds not named keep `RETENTION_DAYS_DEFAULT`.
   */
  RETENTION_DAYS_BY_SERVICE_KIND: RetentionDaysByKindSchema.default({}),
  RETENTION_DAYS_DEFAULT: z.coerce.number().int().positive().default(365),
  /** How often the retention job looks for finished referrals past their retention. */
  RETENTION_JOB_INTERVAL_MS: z.coerce.number().int().positive().default(3_600_000),
});

export type ReferralConfig = z.infer<typeof ReferralConfigSchema>;

export function loadReferralConfig(source?: Record<string, string | undefined>): ReferralConfig {
  return loadConfig(ReferralConfigSchema, source);
}
