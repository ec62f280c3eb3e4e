import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, waitUntil } from "@counselling/infra";

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** A service's main.ts as its own Node process (tsx), on a free port, once /readyz says ready. */
export async function startServiceProcess(
  name: "booking" | "referral" | "notify",
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.resolve(__dirname, `../../services/${name}/src/main.ts`)],
    {
      // Only what the service needs: its settings come from `env` (no inherited environment).
      env: { LOG_LEVEL: "error", ...env, HTTP_PORT: String(port) },
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitUntil(`${name} service`, async () => (await fetch(`${url}/readyz`)).ok, { timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, url, child, stop };
}

/** Resident set size of a process in MiB, from /proc/<pid>/status (Linux); NaN elsewhere. */
export function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? Number.NaN : Number(kib) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Samples the RSS of some processes every `intervalMs` until stopped; returns each one's peak. */
export function sampleRss(processes: ServiceProcess[], intervalMs = 100): () => Map<string, number> {
  const peaks = new Map(processes.map((service) => [service.name, 0]));
  const sample = () => {
    for (const service of processes) {
      const now = rssMiB(service.child.pid);
      if (Number.isFinite(now)) peaks.set(service.name, Math.max(peaks.get(service.name) ?? 0, now));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    sample();
    return peaks;
  };
}
