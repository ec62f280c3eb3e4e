import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** The booking service's settings, read from the environment once, here. */
export const BookingConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  MONGO_DB: z.string().min(1).default("booking"),
});

export type BookingConfig = z.infer<typeof BookingConfigSchema>;

export function loadBookingConfig(source?: Record<string, string | undefined>): BookingConfig {
  return loadConfig(BookingConfigSchema, source);
}
