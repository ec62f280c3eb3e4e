import { randomUUID } from "node:crypto";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
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

  constructor(private readonly options: PeriodicJobOptions) {
    this.lease = new RelayLease(options.leases, `job-${randomUUID()}`, options.intervalMs * 2);
  }

  get name(): string {
    return this.options.name;
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
    try {
      if (await this.lease.tryAcquire(`job:${this.options.name}`)) await this.options.work();
    } catch (error) {
      this.options.logger.error(
        { err: error, job: this.options.name },
        "periodic job failed; next tick retries",
      );
    }
  }
}
