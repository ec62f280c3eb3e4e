import { type ChildProcess, execFileSync } from "node:child_process";
import path from "node:path";
import { freePort } from "@counselling/infra";
import { spawnTypeScript, waitFor } from "@counselling/testkit";

/**
 * `npm start` as a user runs it: its own Kafka and FerretDB, three services
 * ready, the web app served with demo logins printed, and Ctrl-C (SIGINT to the whole process group, as a terminal sends it)
 * leaves no java, ferretdb or service process behind.
 */
describe("npm start (scripts/start-system.ts)", () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  });

  it("starts infrastructure and all services, prints their URLs, and Ctrl-C stops everything", async () => {
    const ports = {
      BOOKING_PORT: await freePort(),
      REFERRAL_PORT: await freePort(),
      NOTIFY_PORT: await freePort(),
      WEB_PORT: await freePort(),
    };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    };
    delete env.KAFKA_BROKERS;
    delete env.MONGO_URL;
    const {
      child: started,
      output,
      exited,
    } = spawnTypeScript(path.join(__dirname, "start-system.ts"), {
      cwd: path.resolve(__dirname, ".."),
      env,
      detached: true,
    });
    child = started;

    await waitFor(output, (text) => text.includes("Press Ctrl-C"), { timeoutMs: 120_000, what: "npm start" });
    const { WEB_PORT: webPort, ...servicePorts } = ports;
    for (const [name, port] of Object.entries(servicePorts)) {
      expect(output()).toContain(`http://127.0.0.1:${port}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect({ name, status: ready.status }).toEqual({ name, status: 200 });
    }
    // The web app is served, its API proxy reaches booking, and the demo logins are printed.
    expect(output()).toContain(`web app   http://127.0.0.1:${webPort}`);
    expect((await fetch(`http://127.0.0.1:${webPort}/`)).status).toBe(200);
    const services = await fetch(`http://127.0.0.1:${webPort}/api/booking/trpc/directory.services`);
    expect(services.status).toBe(200);
    expect(output()).toMatch(/rezeption\.leipzig\s+reception/);
    const runDir = /data: (\S+)\)/.exec(output())?.[1];
    expect(runDir).toBeDefined();
    expect(processesMentioning(runDir!)).not.toHaveLength(0);

    process.kill(-started.pid!, "SIGINT");
    expect(await exited).toBe(0);
    await waitFor(
      () => processesMentioning(runDir!),
      (left) => left.length === 0,
      {
        timeoutMs: 15_000,
        what: "java and ferretdb to be gone",
      },
    );
    for (const port of Object.values(ports)) {
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    }
  });
});

/** Command lines of live processes that mention the run's data directory (kafka, ferretdb, supervisors). */
function processesMentioning(text: string): string[] {
  const listing = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
  return listing.split("\n").filter((line) => line.includes(text));
}
