import { AppError } from "../errors/app-error";
import { backoffDelayMs, isRetryable } from "./retry-policy";

describe("retry policy", () => {
  const policy = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  it("grows exponentially up to the cap (upper bound with random = 1)", () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(attempt, policy, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it("jitters within [0, cap]", () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(200);
  });

  it("retries unknown errors and retryable codes, not permanent ones", () => {
    expect(isRetryable(new Error("socket hang up"))).toBe(true);
    expect(isRetryable(new AppError("UNAVAILABLE", "down"))).toBe(true);
    expect(isRetryable(AppError.conflict("changed meanwhile", { reason: "concurrent_change" }))).toBe(true);
    expect(isRetryable(AppError.conflict("lock held", { reason: "busy" }))).toBe(true);
    expect(isRetryable(AppError.conflict("slot gone", { reason: "slot_taken" }))).toBe(false);
    expect(isRetryable(AppError.validation("bad"))).toBe(false);
    expect(isRetryable(AppError.conflict("taken"))).toBe(false);
  });
});
