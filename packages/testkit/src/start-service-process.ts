import { freePort } from "@counselling/infra";
import { type CapturedProcess, spawnTypeScript } from "./spawn-capturing";
import { testInfra } from "./test-environment";
import { waitFor } from "./wait-for";

/**
 * Starts a service's `main.ts` as its own process on a free port (or the
 * `HTTP_PORT` given, when others must know it in advance), against the run's
 * broker and database, and waits until its /readyz says ready and connected
 * to the broker.
 */
export async function startServiceProcess(
  entry: string,
  env: Record<string, string>,
  /** `waitForBroker: false`: ready to serve is enough (a service started while Kafka is unreachable). */
  options: { waitForBroker?: boolean } = {},
): Promise<CapturedProcess & { url: string }> {
  const waitForBroker = options.waitForBroker ?? true;
  const port = env.HTTP_PORT ? Number(env.HTTP_PORT) : await freePort();
  const started = spawnTypeScript(entry, {
    env: {
      ...process.env,
      HTTP_PORT: String(port),
      KAFKA_BROKERS: testInfra().kafkaBrokers,
      MONGO_URL: testInfra().mongoUrl,
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  // Ready to serve, and connected to the broker: tests publish and consume right away.
  await waitFor(
    () =>
      fetch(`${url}/readyz`).then(
        async (response) => {
          const report = (await response.json()) as { checks?: Record<string, string> };
          return response.status === 200 && (!waitForBroker || report.checks?.kafka === "ok");
        },
        () => false,
      ),
    (ready) => ready || started.child.exitCode !== null,
    { timeoutMs: 60_000, what: `${entry} ready and connected to the broker` },
  );
  if (started.child.exitCode !== null) throw new Error(`${entry} exited: ${started.output()}`);
  return { ...started, url };
}
