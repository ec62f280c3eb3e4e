import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** The booking service's settings, read from the environment once, here. */
export const BookingConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  MONGO_DB: z.string().min(1).default("booking"),
  /** Base of the clients' manage links (the web app's manage page); the appointment id and token follow. */
  PUBLIC_MANAGE_URL: z.url().default("http://127.0.0.1:5173/manage"),
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
});

export type BookingConfig = z.infer<typeof BookingConfigSchema>;

export function loadBookingConfig(source?: Record<string, string | undefined>): BookingConfig {
  return loadConfig(BookingConfigSchema, source);
}
