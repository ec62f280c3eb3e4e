import { ServiceKindSchema } from "@counselling/contracts";
import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

const commaSeparatedMinutes = z
  .string()
  .regex(/^\d+(,\d+)*$/, "comma-separated minutes, e.g. 1440,120")
  .transform((value) => value.split(",").map(Number));

/** JSON object of service kind → days, e.g. {"psychosocial_centre": 730}. */
const retentionDaysByKind = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: 'a JSON object, e.g. {"psychosocial_centre": 730}' });
      return z.NEVER;
    }
  })
  .pipe(z.partialRecord(ServiceKindSchema, z.number().int().positive()));

/** The notify service's settings, read from the environment once, here. */
export const NotifyConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  MONGO_DB: z.string().min(1).default("notify"),
  /** Where clients and Twilio reach this service: calendar links and webhook signatures use it. */
  PUBLIC_BASE_URL: z.url().default("http://127.0.0.1:4003"),
  /** Without both, SMS go to the dev inbox (GET /dev/sms) instead of Twilio. */
  TWILIO_ACCOUNT_SID: z.string().startsWith("AC").optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().startsWith("MG").optional(),
  TWILIO_FROM_NUMBER: z.e164().optional(),
  /** Only for tests: a local stand-in of the Twilio REST API instead of api.twilio.com. */
  TWILIO_API_BASE_URL: z.url().optional(),
  TWILIO_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Provider calls per message before it waits for the reconciler (backoff in between). */
  SMS_SEND_ATTEMPTS: z.coerce.number().int().positive().default(4),
  SMS_RETRY_INITIAL_MS: z.coerce.number().int().positive().default(500),
  /** How long one replica owns an intent it is sending; a crashed owner's intents are reconciled after it. */
  SMS_SEND_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  SMS_RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(15_000),
  REMINDER_OFFSETS_MINUTES: commaSeparatedMinutes.default([1440, 120]),
  REMINDER_POLL_MS: z.coerce.number().int().positive().default(10_000),
  QUIET_HOURS_START: z.coerce.number().int().min(0).max(23).default(21),
  QUIET_HOURS_END: z.coerce.number().int().min(0).max(23).default(8),
  /** Right-hand side of calendar UIDs (`<appointmentId>@<domain>`); default: PUBLIC_BASE_URL's host. */
  CALENDAR_UID_DOMAIN: z.string().min(1).optional(),
  /** ORGANIZER of the client's calendar copy (RFC 5546 wants one); never read. Default: noreply@<UID domain>. */
  CALENDAR_ORGANIZER_EMAIL: z.email().optional(),
  CALENDAR_ORGANIZER_NAME: z.string().min(1).default("Termine"),
  /** How far back staff feeds reach. */
  CALENDAR_FEED_PAST_DAYS: z.coerce.number().int().nonnegative().default(30),
  /** Days a new staff calendar feed works; then it answers like a revoked one (issue 7). */
  CALENDAR_FEED_TTL_DAYS: z.coerce.number().int().positive().max(3650).default(365),
  /** Events handled in parallel per consumer; FerretDB deadlocks near 100 concurrent updates. */
  CONSUMER_PARTITIONS_CONCURRENTLY: z.coerce.number().int().positive().default(3),
  /** Days after an appointment's end until its texts and replies are anonymised, per service kind. */
  RETENTION_DAYS_BY_SERVICE_KIND: retentionDaysByKind.default({}),
  /** The period for kinds without their own, and for replies that answered nothing we know. */
  RETENTION_DAYS_DEFAULT: z.coerce.number().int().positive().default(365),
  RETENTION_JOB_INTERVAL_MS: z.coerce.number().int().positive().default(3_600_000),
});

export type NotifyConfig = z.infer<typeof NotifyConfigSchema>;

export function loadNotifyConfig(source?: Record<string, string | undefined>): NotifyConfig {
  return loadConfig(NotifyConfigSchema, source);
}

/** Twilio when its credentials and a sender are set, else the dev inbox. */
export function usesTwilio(config: NotifyConfig): boolean {
  return Boolean(
    config.TWILIO_ACCOUNT_SID &&
    config.TWILIO_AUTH_TOKEN &&
    (config.TWILIO_MESSAGING_SERVICE_SID ?? config.TWILIO_FROM_NUMBER),
  );
}
