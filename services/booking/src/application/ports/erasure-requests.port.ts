import type { PrivacyService } from "@counselling/contracts";
import type { OutboxEntry } from "@counselling/platform";
import type { ErasureConfirmation, ErasureRequest } from "../../domain/privacy/erasure-request";

/** The erasure requests booking made, with the confirmations every service sent back. */
export interface ErasureRequests {
  /** Stores the request with the event that announces it, in one write (outbox). */
  insert(request: ErasureRequest, events: OutboxEntry[]): Promise<void>;
  findById(requestId: string): Promise<ErasureRequest | null>;
  /** Records one service's confirmation under the request's lock; false when booking knows no such request. */
  recordConfirmation(
    requestId: string,
    service: PrivacyService,
    confirmation: ErasureConfirmation,
  ): Promise<boolean>;
}
