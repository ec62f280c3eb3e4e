import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { startServiceProcess, uniqueId } from "@counselling/testkit";

/**
 * Each service as it runs in production: its own process, real broker and
 * database; ready only when both are reachable; SIGTERM stops it cleanly
 * (HTTP, consumers, relay, connections) with exit code 0.
 */
describe.each(["booking", "referral", "notify"])("%s service process", (service) => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  it("becomes ready, serves its API and health, and shuts down gracefully on SIGTERM", async () => {
    const started = await startServiceProcess(path.resolve(__dirname, `../services/${service}/src/main.ts`), {
      MONGO_DB: `t_${service}_${uniqueId()}`,
    });
    child = started.child;
    const { output, exited, url } = started;

    const info = (await (await fetch(`${url}/trpc/system.info`)).json()) as { result: { data: unknown } };
    expect(info.result.data).toEqual({ service, status: "up" });

    const stopping = Date.now();
    started.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(output()).not.toMatch(/"level":(50|60)/); // no error or fatal logged
  });
});
