import { ServiceKindSchema } from "@counselling/contracts";
import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** `{"psychosocial_centre": 3650, …}`: days of retention per service kind, as JSON. */
const RetentionByKindSchema = z
  .string()
  .default("{}")
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "must be a JSON object of service kind → days" });
      return z.NEVER;
    }
  })
  .pipe(z.partialRecord(ServiceKindSchema, z.number().int().positive()));

/** The booking service's settings, read from the environment once, here. */
export const BookingConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  MONGO_DB: z.string().min(1).default("booking"),
  /** Base of the clients' manage links (the web app's manage page); the appointment id and token follow. */
  PUBLIC_MANAGE_URL: z.url().default("http://127.0.0.1:5173/manage"),
  /** Days after an appointment's end during which its manage link still works; then it answers GONE (issue 7). */
  MANAGE_LINK_GRACE_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
  /** Base of waitlist offer links (the web app's offer page); the entry id and secret follow. */
  PUBLIC_OFFER_URL: z.url().default("http://127.0.0.1:5173/offer"),
  /**
   * Fill an empty directory with the demo organisations and create the demo staff sign-ins
   * (password "demo"; npm start, tests). Ignored in production.
   */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /**
   * Referral's and notify's base URLs: `privacy.export` gathers their part of a person's
   * data. Without them (or when one doesn't answer) the export is refused as incomplete.
   */
  REFERRAL_URL: z.url().optional(),
  NOTIFY_URL: z.url().optional(),
  PRIVACY_EXPORT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Retention of finished records' personal data, per service kind (JSON); other kinds keep the default. */
  RETENTION_DAYS_BY_SERVICE_KIND: RetentionByKindSchema,
  RETENTION_DAYS_DEFAULT: z.coerce.number().int().positive().default(365),
  RETENTION_JOB_INTERVAL_MS: z.coerce.number().int().positive().default(3_600_000),
});

export type BookingConfig = z.infer<typeof BookingConfigSchema>;

export function loadBookingConfig(source?: Record<string, string | undefined>): BookingConfig {
  return loadConfig(BookingConfigSchema, source);
}
