import type { Logger } from "pino";

export type ShutdownStep = { name: string; run: () => Promise<void> };

/**
 * Runs shutdown steps in order on SIGTERM/SIGINT (stop accepting HTTP, stop
 * consuming, drain the outbox relay, close connections), each bounded by a
 * deadline so a stuck step cannot keep a replica alive forever.
 */
export class GracefulShutdown {
  private readonly steps: ShutdownStep[] = [];
  private running: Promise<void> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {}

  add(name: string, run: () => Promise<void>): this {
    this.steps.push({ name, run });
    return this;
  }

  listen(exit: (code: number) => void = (code) => process.exit(code)): void {
    const onSignal = (signal: NodeJS.Signals): void => {
      this.logger.info({ signal }, "shutting down");
      void this.shutdown().then(
        () => exit(0),
        () => exit(1),
      );
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }

  /** True once a shutdown has begun: start-up work still pending should give up quietly. */
  get stopping(): boolean {
    return this.running !== undefined;
  }

  shutdown(): Promise<void> {
    this.running ??= this.runSteps();
    return this.running;
  }

  private async runSteps(): Promise<void> {
    let failed = false;
    for (const step of this.steps) {
      try {
        await withTimeout(step.run(), this.timeoutMs, step.name);
      } catch (error) {
        failed = true;
        this.logger.error({ err: error, step: step.name }, "shutdown step failed");
      }
    }
    if (failed) throw new Error("shutdown incomplete");
  }
}

async function withTimeout(work: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not finish within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
