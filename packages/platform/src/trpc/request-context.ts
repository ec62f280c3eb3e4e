import { randomUUID } from "node:crypto";
import type { CreateExpressContextOptions } from "@trpc/server/adapters/express";

/**
 * What every procedure of every service knows about the request. Service
 * dependencies (repositories, use cases) are passed to router factories as
 * arguments, not through the context.
 */
export interface RequestContext {
  requestId: string;
  ip: string;
  /** The raw bearer token, verified by the auth middleware of procedures that need a staff member. */
  bearerToken: string | null;
}

export function createRequestContext({ req }: CreateExpressContextOptions): RequestContext {
  const header = req.headers.authorization;
  return {
    requestId: (req.headers["x-request-id"] as string | undefined) ?? randomUUID(),
    ip: req.ip ?? "unknown",
    bearerToken: header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : null,
  };
}
