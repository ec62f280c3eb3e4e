import { randomUUID } from "node:crypto";
import type { CreateExpressContextOptions } from "@trpc/server/adapters/express";
import { REFERRAL_GRANT_HEADER } from "../auth/referral-grant";

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
  /**
   * The raw referral grant (`x-referral-grant`), unverified: only procedures that accept
   * one (booking's `holds.place` across organisations) verify and use it.
   */
  referralGrant: string | null;
}

/** A header sent once, as a string; absent, empty or repeated counts as not sent. */
function singleHeader(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function createRequestContext({ req }: CreateExpressContextOptions): RequestContext {
  const header = req.headers.authorization;
  return {
    requestId: (req.headers["x-request-id"] as string | undefined) ?? randomUUID(),
    ip: req.ip ?? "unknown",
    bearerToken: header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : null,
    referralGrant: singleHeader(req.headers[REFERRAL_GRANT_HEADER]),
  };
}
