import { randomUUID } from "node:crypto";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
import type { PlatformMetrics } from "../metrics/platform-metrics";
import { RelayLease } from "../outbox/relay-lease";

export interface PeriodicJobOptions {
  name: string;
  intervalMs: number;
  /** Where replicas take turns: the job runs on the one replica holding its lease. */
  leases: Collection;
  logger: Logger;
  work: () => Promise<void>;
}

/**
 * Background work that must run once per interval across N replicas (sweepers,
 * retention jobs): each tick, the replica that holds the job's lease runs it;
 * the others skip. No TTL indexes needed (the test database has none).
 */
export class PeriodicJob {
  private readonly lease: RelayLease;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private metrics: PlatformMetrics | undefined;

  constructor(private readonly options: PeriodicJobOptions) {
    this.lease = new RelayLease(options.leases, `job-${randomUUID()}`, options.intervalMs * 2);
  }

  get name(): string {
    return this.options.name;
  }

  /** Counts runs and failures (`periodic_job_runs_total`, `periodic_job_failures_total`). */
  useMetrics(metrics: PlatformMetrics): this {
    this.metrics = metrics;
    return this;
  }

  start(): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run if this replica holds (or takes) the lease; exposed for tests and operators. */
  async tick(): Promise<void> {
    const job = { job: this.options.name };
    try {
      if (!(await this.lease.tryAcquire(`job:${this.options.name}`))) return;
      this.metrics?.jobRuns.inc(job);
      await this.options.work();
      this.metrics?.jobLastSuccess.set(job, Date.now() / 1000);
    } catch (error) {
      this.metrics?.jobFailures.inc(job);
      this.options.logger.error(
        { err: error, job: this.options.name },
        "periodic job failed; next tick retries",
      );
    }
  }
}
