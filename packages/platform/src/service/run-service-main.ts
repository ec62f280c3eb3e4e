import type { BaseServiceConfig } from "../config/env";
import { createLogger } from "../logging/create-logger";
import { type ServiceInfrastructure, type ServiceParts, runService } from "./service-runtime";

/**
 * What every service's `main.ts` does: read its config once, create its
 * logger, run it; a failure to start (bad config, unreachable database) is
 * printed without a stack and exits 1.
 */
export function runServiceMain<Config extends BaseServiceConfig>(
  name: string,
  loadConfig: () => Config,
  buildParts: (infrastructure: ServiceInfrastructure, config: Config) => Promise<ServiceParts> | ServiceParts,
): void {
  const start = async (): Promise<void> => {
    const config = loadConfig();
    const logger = createLogger({ service: name, level: config.LOG_LEVEL });
    await runService(name, config, logger, (infrastructure) => buildParts(infrastructure, config));
  };
  start().catch((error: unknown) => {
    console.error(`${name} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
