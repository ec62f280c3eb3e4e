import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Versions of the real components we fetch and run (see INFRA.md). */
export const KAFKA_VERSION = "3.9.1";
export const FERRETDB_VERSION = "v1.24.2";

/** Repository folder `infra/`, resolved from this file so scripts work from any cwd. */
export const INFRA_DIR = path.resolve(__dirname, "..");

/**
 * Downloads and builds live outside the repository, keyed by version, so a
 * second run (and every clone on the machine) reuses them.
 */
export function cacheDir(): string {
  return process.env.INFRA_CACHE_DIR ?? path.join(os.homedir(), ".cache", "counselling-network");
}

export function kafkaLibsDir(): string {
  return path.join(cacheDir(), `kafka-${KAFKA_VERSION}`, "libs");
}

/** Names what we build: the release plus our fixes (ADR 0043), so a build without them in the cache is not reused. */
export const FERRETDB_BUILD = `${FERRETDB_VERSION}-fixes-3`;

export function ferretdbBinary(): string {
  return path.join(cacheDir(), `ferretdb-${FERRETDB_BUILD}`, "ferretdb");
}

const RUNS_DIR = path.join(os.tmpdir(), "counselling-infra");

/** Each run gets fresh data directories, removed when the run stops. */
export function newRunDir(): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return path.join(RUNS_DIR, `run-${stamp}-${process.pid}`);
}

/** Removes data left by runs whose process was killed before it could clean up. */
export function removeAbandonedRunDirs(): void {
  if (!fs.existsSync(RUNS_DIR)) return;
  for (const name of fs.readdirSync(RUNS_DIR)) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) fs.rmSync(path.join(RUNS_DIR, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
