import {
  PrivacyErasureConfirmedV1,
  type PrivacyErasureConfirmedV1Data,
  type PrivacyErasureRequestedV1Event,
} from "@counselling/contracts";
import type { Collection } from "mongodb";
import { newEnvelope } from "../kafka/new-envelope";
import { isDuplicateKeyError } from "../mongo/duplicate-key";
import { initialOutbox, type OutboxFields } from "../outbox/outbox-fields";
import { writeWithOutboxMark } from "../outbox/outbox-marks";

export const ERASURE_RECEIPTS_COLLECTION = "erasure_receipts";

type ErasureReceiptDocument = PrivacyErasureConfirmedV1Data & { _id: string } & OutboxFields;

/**
 * A service's record that it honoured an erasure request, and the outbox that publishes
 * `privacy.erasure_confirmed` (the collection must be among the service's outbox
 * collections). One receipt per request: a redelivered request does not confirm twice.
 */
export class ErasureReceipts {
  constructor(private readonly receipts: Collection<ErasureReceiptDocument>) {}

  static on(collection: Collection): ErasureReceipts {
    return new ErasureReceipts(collection as unknown as Collection<ErasureReceiptDocument>);
  }

  async confirm(
    request: PrivacyErasureRequestedV1Event,
    receipt: Omit<PrivacyErasureConfirmedV1Data, "requestId" | "at">,
    at = new Date(),
  ): Promise<void> {
    const data: PrivacyErasureConfirmedV1Data = {
      requestId: request.data.requestId,
      ...receipt,
      at: at.toISOString(),
    };
    const envelope = newEnvelope(PrivacyErasureConfirmedV1, {
      subject: data.requestId,
      data,
      source: receipt.service,
      correlationId: request.correlationId,
      causationId: request.id,
    });
    try {
      const events = [{ topic: PrivacyErasureConfirmedV1.topic, envelope }];
      await writeWithOutboxMark(this.receipts, data.requestId, events, () =>
        this.receipts.insertOne({ _id: data.requestId, ...data, ...initialOutbox(events) }),
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
