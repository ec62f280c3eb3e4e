import { MongoClient } from "mongodb";
import type { Logger } from "pino";

export type WatchdogVerdict = "ok" | "failing" | "database_down" | "client_wedged";

export interface DatabaseWatchdogOptions {
  /** A round trip through this process's own client (the readiness ping). */
  ping: () => Promise<void>;
  /** A round trip through a new, short-lived client to the same database. */
  probe: () => Promise<void>;
  /** Called once, when the own client has failed for `wedgedAfterMs` while a new one gets through. */
  onWedged: () => void;
  logger: Logger;
  wedgedAfterMs: number;
  checkEveryMs?: number;
  clock?: () => number;
}

/**
 * Notices a database client that stays broken while the database is back (ADR 0048). After a
 * database restart the chaos test saw a replica whose driver kept failing every operation
 * with the error of a connection closed minutes before, while its sibling and a new
 * connection worked. Nothing inside the process repairs that; an orchestrator's restart does.
 * So: the own client's ping fails for `wedgedAfterMs`, a new client's ping succeeds → the
 * process asks to be restarted. While the new client fails too, the database is down, and a
 * restart would only add to the outage.
 */
export class DatabaseWatchdog {
  private failingSince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private fired = false;
  private readonly clock: () => number;

  constructor(private readonly options: DatabaseWatchdogOptions) {
    this.clock = options.clock ?? Date.now;
  }

  start(): this {
    this.schedule();
    return this;
  }

  /** One check at a time: the next is scheduled when the last has finished. */
  private schedule(): void {
    if (this.stopped || this.fired) return;
    this.timer = setTimeout(() => {
      void this.check().then(() => this.schedule());
    }, this.options.checkEveryMs ?? 5_000);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One look (the timer's, or a test's): never throws. */
  async check(): Promise<WatchdogVerdict> {
    if (await succeeds(this.options.ping)) {
      if (this.failingSince !== undefined) this.options.logger.info("database client works again");
      this.failingSince = undefined;
      return "ok";
    }
    const now = this.clock();
    this.failingSince ??= now;
    if (now - this.failingSince < this.options.wedgedAfterMs) return "failing";
    if (!(await succeeds(this.options.probe))) return "database_down";
    if (!this.fired && !this.stopped) {
      this.fired = true;
      this.options.logger.error(
        { failingForMs: now - this.failingSince },
        "the database answers a new connection, but this process's client keeps failing: asking for a restart",
      );
      this.options.onWedged();
    }
    return "client_wedged";
  }
}

/** A ping through a client of its own, closed afterwards; bounded by a few seconds. */
export async function probeMongo(url: string, timeoutMs = 3_000): Promise<void> {
  const client = new MongoClient(url, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    socketTimeoutMS: timeoutMs,
    maxPoolSize: 1,
  });
  try {
    await client.connect();
    await client.db("admin").command({ ping: 1 });
  } finally {
    await client.close(true).catch(() => undefined);
  }
}

async function succeeds(attempt: () => Promise<void>): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch {
    return false;
  }
}
