import type { PrivacyErasureConfirmedV1Data, PrivacyErasureRequestedV1Event } from "@counselling/contracts";

/** Booking's own receipt for an erasure it carried out, which publishes `privacy.erasure_confirmed` (ErasureReceipts). */
export interface ErasureReceiptBook {
  /** One receipt per request: a redelivered request confirms once. */
  confirm(
    request: PrivacyErasureRequestedV1Event,
    receipt: Omit<PrivacyErasureConfirmedV1Data, "requestId" | "at">,
    at?: Date,
  ): Promise<void>;
}
