#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm pre-scripts), with Node built-ins
// only, because on a fresh clone nothing else is installed yet:
//  1. checks the toolchains the real infrastructure is built with (Java 17 +
//     Maven for Kafka, Go for FerretDB) and Debian's Chromium (the web app's
//     browser tests), and installs them with apt when missing and possible;
//  2. installs the npm dependencies when node_modules is missing or older than
//     package-lock.json.
// Kafka jars and the FerretDB binary are fetched/built on first use into a
// cache outside the repository (infra/README.md).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function has(command, args = ["--version"]) {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

function ensureToolchains() {
  const missing = [];
  if (!has("java", ["-version"])) missing.push({ tool: "java", apt: "openjdk-17-jre-headless" });
  if (!has("mvn")) missing.push({ tool: "mvn", apt: "maven" });
  if (!has("go", ["version"])) missing.push({ tool: "go", apt: "golang" });
  if (!fs.existsSync("/usr/bin/chromium")) missing.push({ tool: "chromium", apt: "chromium" });
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && has("apt-get", ["--version"]);
  if (!canApt) {
    console.error(
      `[bootstrap] missing: ${missing.map((m) => m.tool).join(", ")}. Install Java 17+, Maven, Go 1.24+ and Chromium (or use docker-compose, see README).`,
    );
    process.exit(1);
  }
  console.log(`[bootstrap] installing ${missing.map((m) => m.apt).join(" ")} with apt-get ...`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing.map((m) => m.apt)], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function ensureNodeModules() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (fresh) return;
  console.log("[bootstrap] installing npm dependencies (npm ci) ...");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`[bootstrap] Node ${process.versions.node} is too old: this project needs Node >= 20.19.`);
  process.exit(1);
}
ensureToolchains();
ensureNodeModules();
