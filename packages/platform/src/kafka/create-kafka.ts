import { Kafka, logLevel, type LogEntry } from "kafkajs";
import type { Logger } from "pino";

/** A kafkajs client whose own logs go through our (redacting) pino logger. */
export function createKafka(options: { clientId: string; brokers: string; logger: Logger }): Kafka {
  const log = options.logger.child({ component: "kafkajs" });
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers.split(",").map((broker) => broker.trim()),
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        if (level <= logLevel.ERROR) log.error(rest, message);
        else if (level === logLevel.WARN) log.warn(rest, message);
        else log.debug(rest, message);
      },
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}
