import type { AnyTRPCRouter } from "@trpc/server";
import { createExpressMiddleware, type CreateExpressContextOptions } from "@trpc/server/adapters/express";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import { AppError } from "../errors/app-error";
import { asAppError, toProblemDetails } from "../errors/problem-details";
import type { PlatformMetrics } from "../metrics/platform-metrics";
import { observeRequests } from "./observe-requests";
import { type PublicRateLimitOptions, publicRateLimit } from "./public-rate-limit";
import { type ReadinessCheck, runReadinessChecks } from "./readiness-check";

export interface HttpAppOptions<Context> {
  logger: Logger;
  router: AnyTRPCRouter;
  createContext: (options: CreateExpressContextOptions) => Context | Promise<Context>;
  readiness: ReadinessCheck[];
  /** Public tRPC procedures limited per client IP. */
  publicRateLimit?: PublicRateLimitOptions;
  /** Plain HTTP routes of the service (webhooks, calendar files), mounted before the 404. */
  routes?: (app: Express) => void;
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client IP (rate limits). */
  trustProxy?: boolean | number | string;
  /** Serves GET /metrics from this registry and times every request into it. */
  metrics?: PlatformMetrics;
}

/**
 * The HTTP face every service shares: /healthz (process alive), /readyz
 * (broker and database reachable), /metrics (Prometheus), /trpc, the service's own
 * routes, and RFC 9457 problem responses for everything that fails outside tRPC.
 * Every request runs in a trace span continuing the caller's `traceparent`.
 */
export function createHttpApp<Context>(options: HttpAppOptions<Context>): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    next();
  });

  const { metrics } = options;
  if (metrics) {
    // Before the request observer: scrapes are not traffic.
    app.get("/metrics", async (_req, res) => {
      res.type(metrics.service.contentType()).send(await metrics.service.render());
    });
  }
  app.use(observeRequests({ procedures: procedurePathsOf(options.router), metrics }));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const report = await runReadinessChecks(options.readiness);
    res.status(report.ready ? 200 : 503).json(report);
  });

  if (options.publicRateLimit) app.use("/trpc", publicRateLimit(options.publicRateLimit));
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: options.router,
      createContext: options.createContext,
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          options.logger.error({ err: error.cause ?? error, path }, "tRPC procedure failed");
        } else if (error.code === "SERVICE_UNAVAILABLE") {
          options.logger.warn({ err: error.cause ?? error, path }, "tRPC procedure unavailable");
        }
      },
    }),
  );

  options.routes?.(app);

  app.use((req, _res, next) => {
    next(new AppError("NOT_FOUND", `No route for ${req.method} ${req.path}`));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const appError = asAppError(
      isBodyParseError(error) ? AppError.validation("Malformed request body") : error,
    );
    if (appError.code === "INTERNAL")
      options.logger.error({ err: appError.cause ?? appError }, "request failed");
    res.status(appError.httpStatus).type("application/problem+json").json(toProblemDetails(appError));
  });
  return app;
}

/** Every procedure path the router has ("appointments.book"): the only tRPC route labels. */
function procedurePathsOf(router: AnyTRPCRouter): ReadonlySet<string> {
  return new Set(Object.keys(router._def.procedures as Record<string, unknown>));
}

function isBodyParseError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "type" in error && error.type === "entity.parse.failed"
  );
}
