import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { INFRA_DIR } from "../infra-paths";

/**
 * A long-running server process started through `bin/supervise.sh`, which ends
 * it when this Node process disappears, even after a SIGKILL (no orphans).
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    readonly logFile: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  start(): void {
    if (this.child) throw new Error(`${this.name} is already running`);
    const supervisor = path.join(INFRA_DIR, "bin", "supervise.sh");
    const child = spawn(
      "bash",
      [supervisor, String(process.pid), this.logFile, "--", this.command, ...this.args],
      {
        stdio: "ignore",
        env: this.env,
      },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
    void this.exited.then(() => {
      if (this.child === child) this.child = undefined;
    });
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Graceful stop (SIGTERM; the supervisor escalates to SIGKILL after 10 s). */
  async stop(): Promise<void> {
    this.child?.kill("SIGTERM");
    await this.exited;
  }

  /** Abrupt stop, as in a crash. */
  async kill(): Promise<void> {
    // SIGKILL to the supervisor itself would orphan the server for a moment;
    // SIGUSR1 makes the supervisor SIGKILL the server.
    this.child?.kill("SIGUSR1");
    await this.exited;
  }
}
