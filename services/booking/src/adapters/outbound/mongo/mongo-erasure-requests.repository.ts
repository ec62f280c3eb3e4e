import type { PrivacyService } from "@counselling/contracts";
import {
  AppError,
  type DocumentLocks,
  documentLockKey,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  writeWithOutboxMark,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import type { ErasureRequests } from "../../../application/ports/erasure-requests.port";
import {
  type ErasureConfirmation,
  type ErasureRequest,
  ErasureRequestSchema,
} from "../../../domain/privacy/erasure-request";

export const ERASURE_REQUESTS_COLLECTION = "erasure_requests";

export type ErasureRequestDocument = ErasureRequest & { _id: string };

/**
 * Erasure requests in MongoDB, each with its own outbox (the request event goes out with
 * the insert, ADR 3). Confirmations arrive concurrently from three services and the relay
 * removes published events from the same document: every update takes the document's
 * lock (FerretDB can't compare-and-set, ADR 0009).
 */
export class MongoErasureRequests implements ErasureRequests {
  constructor(
    private readonly requests: Collection<ErasureRequestDocument>,
    private readonly locks: DocumentLocks,
  ) {}

  async insert(request: ErasureRequest, events: OutboxEntry[]): Promise<void> {
    try {
      await writeWithOutboxMark(this.requests, request.requestId, events, () =>
        this.requests.insertOne({ _id: request.requestId, ...request, ...initialOutbox(events) }),
      );
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw AppError.conflict("This erasure request exists already", { reason: "erasure_request_exists" });
      throw error;
    }
  }

  async findById(requestId: string): Promise<ErasureRequest | null> {
    const document = await this.requests.findOne({ _id: requestId });
    return document ? ErasureRequestSchema.parse(document) : null;
  }

  async recordConfirmation(
    requestId: string,
    service: PrivacyService,
    confirmation: ErasureConfirmation,
  ): Promise<boolean> {
    const result = await this.locks.withLock(documentLockKey(this.requests, requestId), () =>
      this.requests.updateOne({ _id: requestId }, { $set: { [`confirmations.${service}`]: confirmation } }),
    );
    return result.matchedCount > 0;
  }
}
