/** Composition root of the referral service: config, logger, parts, run. */
import { createLogger, runService } from "@counselling/platform";
import { createReferralRouter } from "./adapters/inbound/trpc/referral.router";
import { loadReferralConfig } from "./config";

async function main(): Promise<void> {
  const config = loadReferralConfig();
  const logger = createLogger({ service: "referral", level: config.LOG_LEVEL });
  await runService("referral", config, logger, () => ({
    router: createReferralRouter(),
    outboxCollections: [],
    consumers: [],
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
