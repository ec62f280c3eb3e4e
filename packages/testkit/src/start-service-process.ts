import { freePort } from "@counselling/infra";
import { type CapturedProcess, spawnTypeScript } from "./spawn-capturing";
import { testInfra } from "./test-environment";
import { waitFor } from "./wait-for";

/**
 * Starts a service's `main.ts` as its own process on a free port (or the
 * `HTTP_PORT` given, when others must know it in advance), against the run's
 * broker and database, and waits until its /readyz says ready.
 */
export async function startServiceProcess(
  entry: string,
  env: Record<string, string>,
): Promise<CapturedProcess & { url: string }> {
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
  await waitFor(
    () =>
      fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      ),
    (status) => status === 200 || started.child.exitCode !== null,
    { timeoutMs: 60_000, what: `${entry} ready` },
  );
  if (started.child.exitCode !== null) throw new Error(`${entry} exited: ${started.output()}`);
  return { ...started, url };
}
