import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../errors/app-error";

export interface PublicRateLimitOptions {
  /**
   * Public tRPC procedures: a name ending in "." covers every procedure under it
   * ("availability."), any other name exactly that procedure ("appointments.book").
   */
  procedurePrefixes: string[];
  perMinute: number;
}

/**
 * Public procedures (booking, free slots, manage links) are limited per client
 * IP, so one script cannot exhaust the calendar or guess manage links. Staff
 * procedures are not limited here: they need a token. Counted per replica
 * (in memory): N replicas allow N times the limit, which still bounds abuse.
 */
export function publicRateLimit(options: PublicRateLimitOptions): RequestHandler {
  const isPublic = (path: string): boolean =>
    path
      .replace(/^\//, "")
      .split(",")
      .some((procedure) =>
        options.procedurePrefixes.some((name) =>
          name.endsWith(".") ? procedure.startsWith(name) : procedure === name,
        ),
      );
  return rateLimit({
    windowMs: 60_000,
    limit: options.perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skip: (req) => !isPublic(req.path),
    handler: (_req, _res, next) => {
      next(
        new AppError("RATE_LIMITED", "Too many requests; please wait a minute and try again", {
          reason: "rate_limited",
        }),
      );
    },
  });
}
