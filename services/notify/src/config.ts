import { BaseServiceConfigSchema, loadConfig } from "@counselling/platform";
import { z } from "zod";

/** The notify service's settings, read from the environment once, here. */
export const NotifyConfigSchema = BaseServiceConfigSchema.extend({
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  MONGO_DB: z.string().min(1).default("notify"),
});

export type NotifyConfig = z.infer<typeof NotifyConfigSchema>;

export function loadNotifyConfig(source?: Record<string, string | undefined>): NotifyConfig {
  return loadConfig(NotifyConfigSchema, source);
}
