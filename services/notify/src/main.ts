/** Composition root of the notify service: config, logger, parts, run. */
import { createLogger, runService } from "@counselling/platform";
import { createNotifyRouter } from "./adapters/inbound/trpc/notify.router";
import { loadNotifyConfig } from "./config";

async function main(): Promise<void> {
  const config = loadNotifyConfig();
  const logger = createLogger({ service: "notify", level: config.LOG_LEVEL });
  await runService("notify", config, logger, () => ({
    router: createNotifyRouter(),
    outboxCollections: [],
    consumers: [],
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
