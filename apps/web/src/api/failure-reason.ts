import { TRPCClientError } from "@trpc/client";

/**
 * Why a call failed, as a stable key the UI translates: the service's `reason` when it
 * gave one (slot_taken, phone_invalid, …), else its `appCode`, else what the transport
 * tells (offline, rate limited). Messages from the server are never shown: they are English
 * and meant for developers.
 */
export function failureReasonOf(error: unknown): string {
  if (!(error instanceof TRPCClientError)) return "unknown";
  const data = (error as TRPCClientError<never>).data as { reason?: unknown; appCode?: unknown } | undefined;
  if (typeof data?.reason === "string") return data.reason;
  if (typeof data?.appCode === "string") return data.appCode;
  // Outside tRPC (e.g. the rate limiter's problem response) only the status is known.
  const status = (error.meta?.response as Response | undefined)?.status;
  if (status === 429) return "rate_limited";
  if (status === undefined || status === 0 || status === 502 || status === 503 || status === 504) {
    return "network";
  }
  return "unknown";
}
