import type { PrivacyErasureConfirmedV1Data, PrivacyErasureRequestedV1Event } from "@counselling/contracts";

/**
 * The service's confirmation of an erasure request (platform's ErasureReceipts): one
 * receipt per request, written with its `privacy.erasure_confirmed` event in its outbox;
 * a repeated confirmation of the same request changes nothing.
 */
export interface ErasureReceiptsPort {
  confirm(
    request: PrivacyErasureRequestedV1Event,
    receipt: Omit<PrivacyErasureConfirmedV1Data, "requestId" | "at">,
  ): Promise<void>;
}
