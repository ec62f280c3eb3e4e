import { type ChildProcessWithoutNullStreams, spawn, type SpawnOptions } from "node:child_process";

export interface CapturedProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

/** Runs a TypeScript entry point with tsx as a real child process and captures its output. */
export function spawnTypeScript(entry: string, options: Omit<SpawnOptions, "stdio"> = {}): CapturedProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    ...options,
    stdio: ["ignore", "pipe", "pipe"],
  }) as unknown as ChildProcessWithoutNullStreams;
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}
