import { Kafka, logLevel, type LogEntry } from "kafkajs";
import type { Logger } from "pino";

/**
 * Broker answers kafkajs logs as errors although it retries them and they pass on their
 * own (a fresh broker electing a group coordinator or partition leaders, a restart): logged
 * as warnings, so an error in our logs means something a person should look at.
 */
const TRANSIENT_BROKER_ERRORS = [
  "The group coordinator is not available",
  "This is not the correct coordinator for this group",
  "The coordinator is loading and hence can't process requests",
  "This server is not the leader for that topic-partition",
  "There is no leader for this topic-partition as we are in the middle of a leadership election",
];

/**
 * A broker that is down or restarting: every client logs each refused connection. The
 * service's own broker connection says so once, as a warning, and keeps retrying (ADR 0045).
 */
const TRANSIENT_CONNECTION_MESSAGES = ["Connection error:", "Failed to connect to seed broker"];

/** The level a kafkajs log line gets in our logs. */
export function levelOfKafkajsLog(
  level: logLevel,
  entry: { message: string; error?: unknown },
): "error" | "warn" | "debug" {
  if (level > logLevel.WARN) return "debug";
  if (level > logLevel.ERROR) return "warn";
  const error = typeof entry.error === "string" ? entry.error : "";
  const transient =
    TRANSIENT_BROKER_ERRORS.some((known) => error.startsWith(known)) ||
    TRANSIENT_CONNECTION_MESSAGES.some((known) => entry.message.startsWith(known));
  return transient ? "warn" : "error";
}

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
        log[levelOfKafkajsLog(level, entry)](rest, message);
      },
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}
