import type { Counter, Gauge, Histogram } from "prom-client";
import type { ServiceMetrics } from "./service-metrics";

/** Seconds: a cached read is a few ms, a booking tens of ms, anything past 2.5 s is a problem. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics every service has, fed by the shared runtime's parts (HTTP app, event
 * publisher, consumers, periodic jobs). Labels are bounded: procedure paths and route
 * patterns, topic names, event types a handler exists for, enum reasons.
 */
export class PlatformMetrics {
  readonly httpRequestDuration: Histogram<"method" | "route" | "status_class">;
  readonly eventsPublished: Counter<"topic" | "type">;
  readonly eventsConsumed: Counter<"group" | "topic" | "type" | "outcome">;
  readonly eventsDeadLettered: Counter<"group" | "topic" | "reason">;
  readonly jobRuns: Counter<"job">;
  readonly jobFailures: Counter<"job">;
  readonly jobLastSuccess: Gauge<"job">;

  constructor(readonly service: ServiceMetrics) {
    this.httpRequestDuration = service.histogram({
      name: "http_request_duration_seconds",
      help: "HTTP requests by route (tRPC procedure path or route pattern) and status class",
      labelNames: ["method", "route", "status_class"],
      buckets: HTTP_BUCKETS,
    });
    this.eventsPublished = service.counter({
      name: "events_published_total",
      help: "Events acknowledged by Kafka, by base topic and event type",
      labelNames: ["topic", "type"],
    });
    this.eventsConsumed = service.counter({
      name: "events_consumed_total",
      help: "Events handled by a consumer group: applied, or skipped as already applied (duplicate)",
      labelNames: ["group", "topic", "type", "outcome"],
    });
    this.eventsDeadLettered = service.counter({
      name: "events_dead_lettered_total",
      help: "Messages a consumer group sent to <topic>.dlq, by reason",
      labelNames: ["group", "topic", "reason"],
    });
    this.jobRuns = service.counter({
      name: "periodic_job_runs_total",
      help: "Runs of a periodic job on this replica (only the lease holder runs it)",
      labelNames: ["job"],
    });
    this.jobFailures = service.counter({
      name: "periodic_job_failures_total",
      help: "Runs of a periodic job that failed (the next tick retries)",
      labelNames: ["job"],
    });
    this.jobLastSuccess = service.gauge({
      name: "periodic_job_last_success_timestamp_seconds",
      help: "When a periodic job last ran to completion on this replica (Unix time)",
      labelNames: ["job"],
    });
  }
}
