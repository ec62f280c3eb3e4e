/**
 * `npm start`: the whole system on this machine. Starts real Kafka and
 * FerretDB (unless KAFKA_BROKERS and MONGO_URL point at running ones), the
 * three services, waits until each is ready, prints the URLs; Ctrl-C (or
 * SIGTERM) stops everything, leaving no java or ferretdb process behind.
 *
 * Ports: BOOKING_PORT (4001), REFERRAL_PORT (4002), NOTIFY_PORT (4003).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startLocalInfra, waitUntil, type LocalInfra } from "@counselling/infra";

const root = path.resolve(__dirname, "..");
const services = [
  { name: "booking", port: Number(process.env.BOOKING_PORT ?? 4001) },
  { name: "referral", port: Number(process.env.REFERRAL_PORT ?? 4002) },
  { name: "notify", port: Number(process.env.NOTIFY_PORT ?? 4003) },
] as const;

const webPort = Number(process.env.WEB_PORT ?? 5173);
const webDir = path.join(root, "apps", "web");
const viteCli = path.join(root, "node_modules", "vite", "bin", "vite.js");

const children: ChildProcess[] = [];
let infra: LocalInfra | undefined;
let stopping: Promise<void> | undefined;

async function main(): Promise<void> {
  let kafkaBrokers = process.env.KAFKA_BROKERS;
  let mongoUrl = process.env.MONGO_URL;
  if (!kafkaBrokers || !mongoUrl) {
    infra = await startLocalInfra();
    ({ kafkaBrokers, mongoUrl } = infra);
  }

  for (const service of services) {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(root, "services", service.name, "src", "main.ts")],
      {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
        env: {
          ...process.env,
          HTTP_PORT: String(service.port),
          KAFKA_BROKERS: kafkaBrokers,
          MONGO_URL: mongoUrl,
          LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
          // Referral places warm-handover holds at booking over HTTP.
          BOOKING_URL: `http://127.0.0.1:${String(services[0].port)}`,
          // Booking's privacy export gathers what referral and notify hold about a client.
          REFERRAL_URL: `http://127.0.0.1:${String(services[1].port)}`,
          NOTIFY_URL: `http://127.0.0.1:${String(services[2].port)}`,
          // Links in SMS point at the web app (manage, offer pages).
          PUBLIC_MANAGE_URL: `http://127.0.0.1:${String(webPort)}/manage`,
          PUBLIC_OFFER_URL: `http://127.0.0.1:${String(webPort)}/offer`,
        },
      },
    );
    child.once("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[start] ${service.name} exited (${signal ?? String(code)}); stopping everything`);
        void stop(1);
      }
    });
    children.push(child);
  }

  await Promise.all(
    services.map((service) =>
      waitUntil(
        `${service.name} on port ${service.port}`,
        async () => (await fetch(`http://127.0.0.1:${service.port}/readyz`)).ok,
        { timeoutMs: 60_000 },
      ),
    ),
  );
  await serveWebApp();
  console.log("\nThe counselling network is running:");
  console.log(
    `  web app   http://127.0.0.1:${String(webPort)}  (clients, reception; dev SMS inbox at /dev/sms)`,
  );
  for (const service of services) {
    console.log(
      `  ${service.name.padEnd(9)} http://127.0.0.1:${service.port}  (tRPC at /trpc, health at /readyz)`,
    );
  }
  console.log(`  Kafka     ${kafkaBrokers}\n  database  ${mongoUrl}`);
  await printDemoLogins();
  console.log("Press Ctrl-C to stop everything.\n");
}

/** Builds the web app and serves it with vite preview, proxying /api/<service> to the services. */
async function serveWebApp(): Promise<void> {
  console.log("[start] building the web app ...");
  execFileSync(process.execPath, [viteCli, "build", "--logLevel", "warn"], { cwd: webDir, stdio: "inherit" });
  const web = spawn(process.execPath, [viteCli, "preview", "--port", String(webPort), "--strictPort"], {
    cwd: webDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      BOOKING_URL: `http://127.0.0.1:${String(services[0].port)}`,
      REFERRAL_URL: `http://127.0.0.1:${String(services[1].port)}`,
      NOTIFY_URL: `http://127.0.0.1:${String(services[2].port)}`,
    },
  });
  web.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[start] web app exited (${signal ?? String(code)}); stopping everything`);
      void stop(1);
    }
  });
  children.push(web);
  await waitUntil(
    `web app on port ${String(webPort)}`,
    async () => (await fetch(`http://127.0.0.1:${String(webPort)}/`)).ok,
    {
      timeoutMs: 60_000,
    },
  );
}

async function printDemoLogins(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${String(services[0].port)}/trpc/auth.demoAccounts`);
  const { result } = (await response.json()) as {
    result?: { data: Array<{ username: string; role: string; organisationId: string; password: string }> };
  };
  const accounts = result?.data ?? [];
  if (accounts.length === 0) return;
  console.log(
    `\nDemo staff logins (password "${accounts[0]?.password ?? ""}") at http://127.0.0.1:${String(webPort)}/staff/login:`,
  );
  for (const account of accounts) {
    console.log(`  ${account.username.padEnd(24)} ${account.role.padEnd(11)} ${account.organisationId}`);
  }
}

function stop(code: number): Promise<void> {
  stopping ??= (async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              resolve();
              return;
            }
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await infra?.stop();
    console.log("[start] stopped");
    process.exit(code);
  })();
  return stopping;
}

process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
