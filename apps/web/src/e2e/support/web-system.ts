import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import { processEnv } from "./env";
import { freePort } from "./free-port";

const webRoot = path.resolve(__dirname, "../../..");
const servicesRoot = path.resolve(webRoot, "../../services");
// vite is ESM-only and jest's CommonJS runtime cannot import it, so build and preview run
// through its CLI (the same JS API) in child processes.
const viteCli = path.join(
  path.dirname(createRequire(__filename).resolve("vite/package.json")),
  "bin/vite.js",
);

export interface WebSystem {
  /** The web app as the browser sees it: vite preview, proxying /api/* to the services. */
  baseUrl: string;
  bookingUrl: string;
  referralUrl: string;
  notifyUrl: string;
  stop: () => Promise<void>;
}

function spawnVite(args: string[], env: Record<string, string | undefined>): CapturedProcess {
  const child = spawn(process.execPath, [viteCli, ...args], {
    cwd: webRoot,
    env,
    stdio: "pipe",
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

async function buildApp(): Promise<void> {
  const build = spawnVite(["build", "--logLevel", "warn"], processEnv);
  if ((await build.exited) !== 0) throw new Error(`vite build failed: ${build.output()}`);
}

/** SIGTERM, so a service leaves its consumer group cleanly; SIGKILL if it hangs. */
async function stopProcess(running: CapturedProcess): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill("SIGTERM");
  const timer = setTimeout(() => running.child.kill("SIGKILL"), 10_000);
  await running.exited;
  clearTimeout(timer);
}

/**
 * The whole system for one browser suite: the app built once; booking, referral and notify
 * as real processes on the suite's own topics and databases (referral calls booking for its
 * directory and holds); `vite preview` in front of them.
 */
export async function startWebSystem(name: string): Promise<WebSystem> {
  const { topicPrefix, dbName } = await isolatedSuite(name);
  const baseUrl = `http://127.0.0.1:${await freePort()}`;
  const common = {
    KAFKA_TOPIC_PREFIX: topicPrefix,
    STAFF_TOKEN_SECRET: `web-e2e-${uniqueId(16)}-secret-long-enough-for-hs256`,
    // A member killed by a failed run blocks its partitions only this long (the broker's minimum).
    KAFKA_SESSION_TIMEOUT_MS: "6000",
    OUTBOX_POLL_MS: "100",
  };
  const started: CapturedProcess[] = [];
  const stop = () => Promise.all(started.map(stopProcess)).then(() => undefined);
  // Booking's privacy export asks referral and notify, which start beside or after it: their ports are
  // chosen now (distinct from each other and the web app's).
  const ports = new Set([new URL(baseUrl).port]);
  while (ports.size < 3) ports.add(String(await freePort()));
  const [, referralPort = "", notifyPort = ""] = [...ports];
  try {
    const [booking, notify] = await Promise.all([
      startServiceProcess(path.join(servicesRoot, "booking/src/main.ts"), {
        ...common,
        MONGO_DB: `${dbName}_booking`,
        REFERRAL_URL: `http://127.0.0.1:${referralPort}`,
        NOTIFY_URL: `http://127.0.0.1:${notifyPort}`,
        // The manage links booking texts to clients point at this run's web app.
        PUBLIC_MANAGE_URL: `${baseUrl}/manage`,
        PUBLIC_OFFER_URL: `${baseUrl}/offer`,
        // Every page of the suite calls from 127.0.0.1 through the proxy, several staff pages poll.
        RATE_LIMIT_PUBLIC_PER_MINUTE: "100000",
      }).then((running) => (started.push(running), running)),
      startServiceProcess(path.join(servicesRoot, "notify/src/main.ts"), {
        ...common,
        MONGO_DB: `${dbName}_notify`,
        HTTP_PORT: notifyPort,
      }).then((running) => (started.push(running), running)),
      buildApp(),
    ]);
    // Referral reads booking's directory and places holds there: it needs booking's address.
    const referral = await startServiceProcess(path.join(servicesRoot, "referral/src/main.ts"), {
      ...common,
      MONGO_DB: `${dbName}_referral`,
      BOOKING_URL: booking.url,
      HTTP_PORT: referralPort,
    }).then((running) => (started.push(running), running));
    const port = new URL(baseUrl).port;
    const preview = spawnVite(["preview", "--port", port, "--strictPort"], {
      ...processEnv,
      BOOKING_URL: booking.url,
      REFERRAL_URL: referral.url,
      NOTIFY_URL: notify.url,
    });
    started.push(preview);
    await waitFor(
      () =>
        fetch(`${baseUrl}/api/booking/readyz`).then(
          (response) => response.status,
          () => 0,
        ),
      (status) => status === 200 || preview.child.exitCode !== null,
      { timeoutMs: 20_000, what: "vite preview proxying to booking" },
    );
    if (preview.child.exitCode !== null) throw new Error(`vite preview exited: ${preview.output()}`);
    return { baseUrl, bookingUrl: booking.url, referralUrl: referral.url, notifyUrl: notify.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
