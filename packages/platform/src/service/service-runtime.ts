import type { AnyTRPCRouter } from "@trpc/server";
import type { Express } from "express";
import type { Kafka } from "kafkajs";
import type { Collection } from "mongodb";
import type { Connection } from "mongoose";
import type { Logger } from "pino";
import type { BaseServiceConfig } from "../config/env";
import type { IdempotentConsumer } from "../consumer/idempotent-consumer";
import { createHttpApp } from "../http/create-http-app";
import { startHttpServer, type RunningHttpServer } from "../http/start-http-server";
import { createKafka } from "../kafka/create-kafka";
import { EventPublisher } from "../kafka/event-publisher";
import { GracefulShutdown } from "../lifecycle/graceful-shutdown";
import { connectMongo, pingMongo } from "../mongo/connect-mongo";
import { DatabaseWatchdog, probeMongo } from "../mongo/database-watchdog";
import type { PeriodicJob } from "../jobs/periodic-job";
import { housekeepingJobs } from "../jobs/housekeeping-jobs";
import { OutboxRelay } from "../outbox/outbox-relay";
import { DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "../mongo/document-locks";
import { createRequestContext } from "../trpc/request-context";
import { registerConsumerLag } from "../metrics/consumer-lag";
import { registerOutboxBacklog } from "../metrics/outbox-backlog";
import { PlatformMetrics } from "../metrics/platform-metrics";
import { ServiceMetrics } from "../metrics/service-metrics";
import { startTracing } from "../tracing/tracing";
import { connectToBroker } from "./connect-broker";

export interface ServiceInfrastructure {
  config: BaseServiceConfig;
  logger: Logger;
  kafka: Kafka;
  publisher: EventPublisher;
  db: Connection;
  /** This process's Prometheus registry: where a service adds its own metrics (served at /metrics). */
  metrics: ServiceMetrics;
}

export interface ServiceParts {
  router: AnyTRPCRouter;
  /** Aggregate collections that carry an outbox. */
  outboxCollections: Collection[];
  consumers: IdempotentConsumer[];
  /** tRPC procedures anyone may call ("x." for all under x); rate-limited per client IP. */
  publicProcedures?: string[];
  /** Background work run on one replica at a time (sweepers, retention). */
  jobs?: PeriodicJob[];
  /** The service's own timers (a cache refresher): stopped with the jobs, before the database closes. */
  stopOnShutdown?: Array<{ stop: () => Promise<void> }>;
  routes?: (app: Express) => void;
}

export interface RunningService {
  url: string;
  http: RunningHttpServer;
  relay: OutboxRelay;
  /** Resolves true once producer, admin client and consumers are connected (false: stopped first); readiness reports `kafka: ok` once the first two are. */
  broker: Promise<boolean>;
  shutdown: () => Promise<void>;
}

/**
 * The composition every service shares: connect the database, let the service
 * build its parts, then serve HTTP and run the outbox relay and jobs; the broker
 * (producer, consumers) is connected in the background, so a service serves
 * during a Kafka outage. All of it stops in order on SIGTERM. Every part
 * reports into one metrics registry (GET /metrics) and runs in trace context.
 */
export async function runService(
  name: string,
  config: BaseServiceConfig,
  logger: Logger,
  buildParts: (infrastructure: ServiceInfrastructure) => Promise<ServiceParts> | ServiceParts,
): Promise<RunningService> {
  startTracing();
  const metrics = new ServiceMetrics(name);
  const platformMetrics = new PlatformMetrics(metrics);
  const db = await connectMongo({
    url: config.MONGO_URL,
    dbName: config.MONGO_DB,
    logger,
    maxPoolSize: config.MONGO_MAX_POOL_SIZE,
  });
  const kafka = createKafka({ clientId: name, brokers: config.KAFKA_BROKERS, logger });
  const publisher = new EventPublisher(kafka, config.KAFKA_TOPIC_PREFIX).useMetrics(platformMetrics);
  const parts = await buildParts({ config, logger, kafka, publisher, db, metrics });

  const admin = kafka.admin();
  let brokerConnected = false;
  for (const consumer of parts.consumers) consumer.useMetrics(platformMetrics);
  registerConsumerLag(
    metrics,
    admin,
    parts.consumers.map((consumer) => consumer.lagTarget),
  );
  registerOutboxBacklog(metrics, parts.outboxCollections);
  const app = createHttpApp({
    logger,
    router: parts.router,
    createContext: createRequestContext,
    routes: parts.routes,
    trustProxy: config.TRUST_PROXY,
    metrics: platformMetrics,
    publicRateLimit: parts.publicProcedures
      ? { procedurePrefixes: parts.publicProcedures, perMinute: config.RATE_LIMIT_PUBLIC_PER_MINUTE }
      : undefined,
    readiness: [
      { name: "database", check: () => pingMongo(db) },
      {
        // Reported, not required: the service takes traffic while the broker is down (ADR 0045).
        name: "kafka",
        required: false,
        check: async () => {
          if (!brokerConnected) throw new Error("connecting");
          await admin.describeCluster();
        },
      },
    ],
  });
  const http = await startHttpServer(app, config.HTTP_HOST, config.HTTP_PORT);

  const relay = new OutboxRelay({
    collections: parts.outboxCollections,
    leases: db.getClient().db(config.MONGO_DB).collection("outbox_leases"),
    locks: DocumentLocks.on(db.getClient().db(config.MONGO_DB).collection(DOCUMENT_LOCKS_COLLECTION)),
    publisher,
    logger,
    pollIntervalMs: config.OUTBOX_POLL_MS,
  });
  const jobs = [
    ...(parts.jobs ?? []),
    ...housekeepingJobs(db.getClient().db(config.MONGO_DB), logger, {
      processedEventsRetentionDays: config.PROCESSED_EVENTS_RETENTION_DAYS,
    }),
  ];
  // Signal handlers before anything else starts: /readyz answers as soon as HTTP listens,
  // and a SIGTERM while the consumers are still joining their groups (after a crash that
  // takes the session timeout) must stop what has started, gracefully.
  const watchdog = new DatabaseWatchdog({
    ping: () => pingMongo(db),
    probe: () => probeMongo(config.MONGO_URL),
    wedgedAfterMs: config.DATABASE_WATCHDOG_MS,
    logger,
    // Exits like a crash (code 1) after a graceful stop: the orchestrator restarts the replica.
    onWedged: () => {
      void shutdown
        .shutdown()
        .catch(() => undefined)
        .finally(() => process.exit(1));
    },
  });
  const shutdown = new GracefulShutdown(logger, config.SHUTDOWN_TIMEOUT_MS)
    .add("http", () => http.close())
    .add("consumers", async () => {
      await Promise.all(parts.consumers.map((consumer) => consumer.stop()));
    })
    .add("jobs", async () => {
      await Promise.all([...jobs, ...(parts.stopOnShutdown ?? [])].map((part) => part.stop()));
    })
    .add("outbox relay", () => relay.stop())
    .add("kafka", async () => {
      await publisher.disconnect();
      await admin.disconnect();
    })
    .add("database", async () => {
      watchdog.stop();
      await db.close();
    });
  shutdown.listen();
  if (config.DATABASE_WATCHDOG_MS > 0) watchdog.start();

  for (const job of jobs) job.useMetrics(platformMetrics).start();
  logger.info({ url: http.url }, `${name} ready`);
  // The relay publishes, and the consumers consume, once the broker is reached (ADR 0045);
  // until then the service's writes wait in the outbox.
  const stopping = () => shutdown.stopping;
  const broker = connectToBroker(
    [
      {
        name: "producer",
        connect: async () => {
          await publisher.connect();
          if (!stopping()) relay.start();
        },
      },
      { name: "admin", connect: () => admin.connect() },
    ],
    { logger, stopping },
  ).then(async (connected) => {
    brokerConnected = connected;
    if (!connected) return false;
    logger.info(`${name} connected to the broker`);
    // Joining a group can take the session timeout (after a crash): not part of readiness.
    const consumersStarted = await connectToBroker(
      parts.consumers.map((consumer) => ({
        name: `consumer ${consumer.lagTarget.groupId}`,
        connect: () => consumer.start(),
      })),
      { logger, stopping },
    );
    if (consumersStarted && parts.consumers.length > 0) logger.info(`${name} consumers running`);
    return consumersStarted;
  });
  return { url: http.url, http, relay, broker, shutdown: () => shutdown.shutdown() };
}
