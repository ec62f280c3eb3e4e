import type { PrivacyErasureConfirmedV1Data } from "@counselling/contracts";
import type { Logger } from "@counselling/platform";
import type { ErasureRequests } from "../ports/erasure-requests.port";

/**
 * A service (booking itself, referral, notify) confirmed an erasure: booking, which took
 * the request, notes it for `privacy.erasureStatus`. A repeated confirmation writes the
 * same again; one for a request booking doesn't know is logged and dropped.
 */
export class RecordErasureConfirmation {
  constructor(private readonly deps: { requests: ErasureRequests; logger: Logger }) {}

  async execute(confirmed: PrivacyErasureConfirmedV1Data): Promise<void> {
    const known = await this.deps.requests.recordConfirmation(confirmed.requestId, confirmed.service, {
      at: new Date(confirmed.at),
      clientIds: confirmed.clientIds,
      recordsErased: confirmed.recordsErased,
    });
    if (!known) {
      this.deps.logger.warn(
        { requestId: confirmed.requestId, service: confirmed.service },
        "erasure confirmation for an unknown request",
      );
    }
  }
}
