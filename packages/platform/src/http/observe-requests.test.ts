import { z } from "zod";
import { createLogger } from "../logging/create-logger";
import { PlatformMetrics } from "../metrics/platform-metrics";
import { ServiceMetrics } from "../metrics/service-metrics";
import { currentTraceCarrier, traceIdOf } from "../tracing/trace-carrier";
import { startTracing } from "../tracing/tracing";
import { createRequestContext } from "../trpc/request-context";
import { procedure, router } from "../trpc/trpc";
import { createHttpApp } from "./create-http-app";
import { type RunningHttpServer, startHttpServer } from "./start-http-server";

const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

/** Request metrics and trace continuation on a real server over loopback. */
describe("observed requests", () => {
  let server: RunningHttpServer;

  beforeAll(async () => {
    startTracing();
    const app = createHttpApp({
      logger: createLogger({ service: "test", level: "silent" }),
      router: router({
        appointments: router({
          // Answers with the trace its work runs in: what an outbox entry written here would carry.
          book: procedure
            .input(z.object({ slot: z.string() }))
            .mutation(() => ({ traceparent: currentTraceCarrier()?.traceparent ?? null })),
        }),
      }),
      createContext: createRequestContext,
      readiness: [],
      metrics: new PlatformMetrics(new ServiceMetrics("test")),
      routes: (express) => {
        express.get("/calendar/feeds/:file", (_req, res) => {
          res.send("BEGIN:VCALENDAR");
        });
      },
    });
    server = await startHttpServer(app, "127.0.0.1", 0);
  });

  afterAll(() => server.close());

  const book = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/trpc/appointments.book`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ slot: "s-1" }),
    }).then((response) => response.json() as Promise<{ result: { data: { traceparent: string | null } } }>);

  it("continues the caller's trace, or starts a new one", async () => {
    const continued = await book({ traceparent: `00-${TRACE_ID}-b7ad6b7169203331-01` });
    expect(traceIdOf(continued.result.data.traceparent ?? undefined)).toBe(TRACE_ID);
    const fresh = await book();
    expect(traceIdOf(fresh.result.data.traceparent ?? undefined)).toMatch(/^[\da-f]{32}$/);
    expect(traceIdOf(fresh.result.data.traceparent ?? undefined)).not.toBe(TRACE_ID);
  });

  it("times requests by procedure path or route pattern and status class, never by raw URL", async () => {
    await book();
    await fetch(`${server.url}/calendar/feeds/secret-token-123.ics`);
    await fetch(`${server.url}/trpc/users.4f1c2a9e`);
    await fetch(`${server.url}/nothing/here/42`);
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{service="test",method="POST",route="appointments\.book",status_class="2xx"\} \d+/,
    );
    expect(text).toContain('route="/calendar/feeds/:file",status_class="2xx"');
    expect(text).toContain('route="/trpc/(unknown)",status_class="4xx"');
    expect(text).toContain('route="(unmatched)",status_class="4xx"');
    expect(text).not.toContain("secret-token-123");
    expect(text).not.toContain("4f1c2a9e");
    expect(text).toContain("process_resident_memory_bytes");
  });
});
