import type { Logger } from "pino";

/** One thing to connect to the broker: the producer, the admin client, a consumer. */
export interface BrokerConnection {
  name: string;
  connect: () => Promise<void>;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;

/**
 * Connects to the broker in the background, each connection in turn, retrying with backoff
 * until it holds or the service stops. A service takes traffic without the broker (its writes
 * wait in the outbox, ADR 0045), so a replica restarted during a Kafka outage serves at once
 * instead of exiting until the broker is back. Resolves true once all are connected.
 */
export async function connectToBroker(
  connections: BrokerConnection[],
  options: { logger: Logger; stopping: () => boolean; sleep?: (ms: number) => Promise<void> },
): Promise<boolean> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (const connection of connections) {
    for (let attempt = 1; ; attempt++) {
      if (options.stopping()) return false;
      try {
        await connection.connect();
        if (attempt > 1) options.logger.info({ attempt }, `${connection.name}: connected to the broker`);
        break;
      } catch (error) {
        if (options.stopping()) return false;
        options.logger.warn(
          { err: error, attempt },
          `${connection.name}: broker not reachable; the service keeps serving and retries`,
        );
        await sleep(Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1)));
      }
    }
  }
  return true;
}
