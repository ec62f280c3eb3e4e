/** Composition root of the booking service: config, logger, parts, run. */
import { createLogger, runService } from "@counselling/platform";
import { createBookingRouter } from "./adapters/inbound/trpc/booking.router";
import { loadBookingConfig } from "./config";

async function main(): Promise<void> {
  const config = loadBookingConfig();
  const logger = createLogger({ service: "booking", level: config.LOG_LEVEL });
  await runService("booking", config, logger, () => ({
    router: createBookingRouter(),
    outboxCollections: [],
    consumers: [],
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
