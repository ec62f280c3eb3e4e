import { z } from "zod";
import { AppError } from "../errors/app-error";
import { createLogger } from "../logging/create-logger";
import { createRequestContext } from "../trpc/request-context";
import { procedure, router } from "../trpc/trpc";
import { createHttpApp } from "./create-http-app";
import { type RunningHttpServer, startHttpServer } from "./start-http-server";

/** The shared HTTP face on a real server over loopback: error mapping, health, problem responses. */
describe("service HTTP app", () => {
  let server: RunningHttpServer;
  let databaseUp = true;

  const testRouter = router({
    limited: procedure.query(() => "ok"),
    book: procedure.input(z.object({ phone: z.string().min(5) })).mutation(({ input }) => {
      if (input.phone === "taken")
        throw AppError.conflict("That time is already taken", { reason: "slot_taken" });
      if (input.phone === "crash") throw new Error("mongodb://user:secret@db exploded");
      return { ok: true };
    }),
  });

  beforeAll(async () => {
    const app = createHttpApp({
      logger: createLogger({ service: "test", level: "silent" }),
      router: testRouter,
      createContext: createRequestContext,
      readiness: [
        {
          name: "database",
          check: () => (databaseUp ? Promise.resolve() : Promise.reject(new Error("not reachable"))),
        },
        { name: "kafka", check: () => Promise.reject(new Error("broker down")), required: false },
      ],
      publicRateLimit: { procedurePrefixes: ["limited"], perMinute: 3 },
      routes: (express) => {
        express.post("/webhook", (_req, res) => {
          res.json({ ok: true });
        });
      },
    });
    server = await startHttpServer(app, "127.0.0.1", 0);
  });

  afterAll(() => server.close());

  const call = (body: unknown) =>
    fetch(`${server.url}/trpc/book`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("maps an AppError to its HTTP status with a stable code and reason", async () => {
    const response = await call({ phone: "taken" });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.message).toBe("That time is already taken");
    expect(body.error.data).toMatchObject({ appCode: "CONFLICT", reason: "slot_taken" });
  });

  it("answers invalid input with 400 VALIDATION_FAILED", async () => {
    const response = await call({ phone: "1" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: Record<string, unknown> } };
    expect(body.error.data).toMatchObject({ appCode: "VALIDATION_FAILED" });
  });

  it("hides internal errors: generic message, no stack, no detail", async () => {
    const response = await call({ phone: "crash" });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("stack");
    expect(JSON.parse(text)).toMatchObject({
      error: { message: "Internal error", data: { appCode: "INTERNAL" } },
    });
  });

  it("serves /healthz, and /readyz reflects its checks (a check not required is reported only)", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: "ok", kafka: "broker down" } });
    databaseUp = false;
    const notReady = await fetch(`${server.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      ready: false,
      checks: { database: "not reachable", kafka: "broker down" },
    });
    databaseUp = true;
  });

  it("mounts service routes, and answers unknown routes with problem details and security headers", async () => {
    expect((await fetch(`${server.url}/webhook`, { method: "POST" })).status).toBe(200);
    const missing = await fetch(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(await missing.json()).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("limits public procedures per client and answers 429 with a stable code and RateLimit headers", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/trpc/limited`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(`${server.url}/trpc/limited`);
    expect(await limited.json()).toMatchObject({ code: "RATE_LIMITED", reason: "rate_limited", status: 429 });
    expect(limited.headers.get("ratelimit-policy")).toBeTruthy();
    // Procedures that are not public are not counted.
    expect((await call({ phone: "12345" })).status).toBe(200);
  });

  it("behind a trusted proxy, limits each client by its forwarded address, not the proxy's", async () => {
    const behindProxy = await startHttpServer(
      createHttpApp({
        logger: createLogger({ service: "test", level: "silent" }),
        router: testRouter,
        createContext: createRequestContext,
        readiness: [],
        publicRateLimit: { procedurePrefixes: ["limited"], perMinute: 2 },
        trustProxy: "loopback",
      }),
      "127.0.0.1",
      0,
    );
    const from = (client: string) =>
      fetch(`${behindProxy.url}/trpc/limited`, { headers: { "x-forwarded-for": client } }).then(
        (response) => response.status,
      );
    try {
      expect([await from("203.0.113.7"), await from("203.0.113.7"), await from("203.0.113.7")]).toEqual([
        200, 200, 429,
      ]);
      expect(await from("198.51.100.9")).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
