import { AppError } from "@counselling/platform";

/**
 * Twilio error codes that will fail the same way every time: retrying them only
 * costs money and delays the failure report to reception.
 * 21211 invalid 'To', 21408 region not enabled, 21610 recipient unsubscribed (STOP),
 * 21612 unreachable 'To', 21614 not a mobile number, 21617 body too long,
 * 21635 number can't receive SMS, 30006 landline or unreachable carrier.
 */
const PERMANENT_CODES = new Set([21211, 21408, 21610, 21612, 21614, 21617, 21635, 30006]);

interface TwilioLikeError {
  status?: unknown;
  code?: unknown;
}

/**
 * The SDK's failures as our errors: 429, 5xx, timeouts and network errors may
 * succeed later (retryable); 4xx with a known code, or any other 4xx, won't.
 */
export function classifyTwilioError(error: unknown): AppError {
  const { status, code } = (typeof error === "object" && error !== null ? error : {}) as TwilioLikeError;
  if (typeof status === "number") {
    if (status === 429)
      return new AppError("RATE_LIMITED", "SMS provider rate limit", {
        reason: "sms_rate_limited",
        cause: error,
      });
    if (status >= 500)
      return new AppError("UNAVAILABLE", "SMS provider unavailable", {
        reason: "sms_provider_unavailable",
        cause: error,
      });
    const providerCode = typeof code === "number" ? code : null;
    const known = providerCode !== null && PERMANENT_CODES.has(providerCode);
    return new AppError("UNPROCESSABLE", "SMS refused by the provider", {
      reason: known ? "sms_recipient_refused" : "sms_request_refused",
      details: { providerCode: String(providerCode ?? status) },
      cause: error,
    });
  }
  const timedOut = code === "ECONNABORTED" || code === "ETIMEDOUT";
  return new AppError("UNAVAILABLE", timedOut ? "SMS provider timed out" : "SMS provider unreachable", {
    reason: timedOut ? "sms_provider_timeout" : "sms_provider_unreachable",
    cause: error,
  });
}
