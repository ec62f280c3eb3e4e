/**
 * Service replicas as real processes on the chaos test's own broker and database, each on a
 * fixed port for its whole life (a restarted replica comes back where its peers and clients
 * expect it, as behind a load balancer), with every start's output appended to one log file
 * per replica. A replica can be SIGKILLed and restarted; a start that fails is retried until
 * it is ready, and a replica that exits by itself is started again, as an orchestrator would.
 */
import fs from "node:fs";
import path from "node:path";
import { type CapturedProcess, spawnTypeScript } from "@counselling/testkit";

export type ServiceName = "booking" | "referral" | "notify";

export interface ReplicaEvent {
  at: number;
  replica: string;
  what: "started" | "ready" | "killed" | "exited" | "start_failed";
  detail?: string;
}

export class ServiceReplica {
  private process: CapturedProcess | undefined;
  private stopping = false;
  starts = 0;
  kills = 0;
  /** Ready and not killed since: the chaos picks its victims among these. */
  up = false;

  constructor(
    readonly name: string,
    readonly service: ServiceName,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    readonly port: number,
    private readonly logFile: string,
    private readonly journal: (event: ReplicaEvent) => void,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return (
      this.process !== undefined && this.process.child.exitCode === null && !this.process.child.signalCode
    );
  }

  /** Spawns the process (without waiting for readiness). */
  spawn(): CapturedProcess {
    this.starts++;
    const started = spawnTypeScript(this.entry, {
      env: { ...process.env, ...this.env, HTTP_PORT: String(this.port) },
    });
    const log = fs.createWriteStream(this.logFile, { flags: "a" });
    log.write(`\n===== ${this.name} start #${this.starts} at ${new Date().toISOString()} =====\n`);
    started.child.stdout.pipe(log, { end: false });
    started.child.stderr.pipe(log, { end: false });
    started.child.once("exit", (code, signal) => {
      log.end(`===== ${this.name} exited code=${String(code)} signal=${String(signal)} =====\n`);
      if (this.stopping) return;
      this.journal({ at: Date.now(), replica: this.name, what: "exited", detail: `${code}/${signal}` });
      // Up, not killed by the chaos, and gone: it exited by itself (its database watchdog asked
      // for a restart, ADR 0048, or it crashed). An orchestrator restarts it; so does the test.
      if (this.up && this.process === started) {
        this.up = false;
        this.startUntilReady(Date.now() + 120_000).catch((error: unknown) => {
          this.journal({ at: Date.now(), replica: this.name, what: "start_failed", detail: String(error) });
        });
      }
    });
    this.process = started;
    this.journal({ at: Date.now(), replica: this.name, what: "started" });
    return started;
  }

  /** Starts (again) and waits for /readyz; a start that dies is retried until the deadline. */
  async startUntilReady(deadline: number): Promise<void> {
    for (;;) {
      // Stopped meanwhile (the test is ending): never spawn again, or the run can't exit.
      if (this.stopRequested()) return;
      const started = this.spawn();
      const outcome = await this.readyOrExit(started, deadline);
      if (this.stopRequested()) {
        // stop() may have run between the spawn and now, with the previous process as "current".
        if (started.child.exitCode === null && started.child.signalCode === null)
          started.child.kill("SIGKILL");
        return;
      }
      if (outcome === "ready") {
        this.up = true;
        this.journal({ at: Date.now(), replica: this.name, what: "ready" });
        return;
      }
      this.journal({ at: Date.now(), replica: this.name, what: "start_failed", detail: outcome });
      if (outcome === "timeout") {
        started.child.kill("SIGKILL");
        await started.exited;
        throw new Error(`${this.name} not ready in time; log: ${this.logFile}`);
      }
      await sleep(500);
    }
  }

  /** A method, not the field: `stop()` sets it while this replica's start loop awaits. */
  private stopRequested(): boolean {
    return this.stopping;
  }

  /** SIGKILL: no shutdown hooks, no lease release, no offset commit. */
  async kill(): Promise<void> {
    const current = this.process;
    if (!current || !this.running) return;
    this.kills++;
    this.up = false;
    this.journal({ at: Date.now(), replica: this.name, what: "killed" });
    current.child.kill("SIGKILL");
    await current.exited;
  }

  async ready(): Promise<boolean> {
    return (await this.readiness()) === "ready";
  }

  /** "ready", or why not: the failing checks of /readyz, or that it does not answer. */
  async readiness(): Promise<string> {
    try {
      const response = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(3_000) });
      const body = await response.text();
      return response.status === 200 ? "ready" : `${response.status} ${body}`;
    } catch (error) {
      return `unreachable (${String((error as { message?: unknown } | undefined)?.message)})`;
    }
  }

  /** Ends the replica for good: SIGTERM, SIGKILL after a grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.up = false;
    const current = this.process;
    if (!current || !this.running) return;
    current.child.kill("SIGTERM");
    const timer = setTimeout(() => current.child.kill("SIGKILL"), 15_000);
    await current.exited;
    clearTimeout(timer);
  }

  /** Synchronous last resort (process exit): no waiting possible. */
  killNow(): void {
    this.stopping = true;
    if (this.running) this.process?.child.kill("SIGKILL");
  }

  private async readyOrExit(
    started: CapturedProcess,
    deadline: number,
  ): Promise<"ready" | "exited" | "timeout"> {
    while (Date.now() < deadline) {
      if (started.child.exitCode !== null || started.child.signalCode !== null) return "exited";
      if (await this.ready()) return "ready";
      await sleep(250);
    }
    return "timeout";
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function logFileOf(logDir: string, replica: string): string {
  return path.join(logDir, `${replica}.log`);
}
