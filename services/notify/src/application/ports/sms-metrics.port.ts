/**
 * What the SMS use cases report for operations (counters behind it). `reason` is a
 * provider error code or a short fixed word, never a number, a name or a message text.
 */
export interface SmsMetrics {
  sent(provider: string): void;
  /** Refused for good (invalid number, unsubscribed): `reason` is the provider's code. */
  failed(provider: string, reason: string): void;
  /** Retries used up for now (rate limits, provider down): the reconciler tries again later. */
  deferred(provider: string, reason: string): void;
  /** Not sent at all: the client's personal data were erased (`reason`: personal_data_erased). */
  skipped(provider: string, reason: string): void;
}

export const uncountedSms: SmsMetrics = {
  sent: () => undefined,
  failed: () => undefined,
  deferred: () => undefined,
  skipped: () => undefined,
};
