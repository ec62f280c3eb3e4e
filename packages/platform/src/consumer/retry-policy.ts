import { isAppError } from "../errors/app-error";

export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };

/**
 * Exponential backoff with "full jitter" (a random delay up to the exponential
 * cap), so replicas that failed together don't retry in lockstep.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const cap = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap * random());
}

/**
 * Conflicts that mean "someone else wrote this just now" (a compare-and-set lost, a lock
 * held): trying again sees the new state, unlike a conflict of the facts themselves.
 */
const TRANSIENT_CONFLICTS = new Set(["concurrent_change", "busy"]);

/** Errors our own code marks as permanent go to the dead-letter topic at once; anything else is retried. */
export function isRetryable(error: unknown): boolean {
  if (!isAppError(error)) return true;
  return error.retryable || (error.code === "CONFLICT" && TRANSIENT_CONFLICTS.has(error.reason ?? ""));
}
