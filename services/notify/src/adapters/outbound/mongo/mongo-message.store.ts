import { SmsDeliveryStatusChangedV1, type SmsDeliveryStatus } from "@counselling/contracts";
import {
  initialOutbox,
  isDuplicateKeyError,
  newEnvelope,
  type OutboxEntry,
  type OutboxFields,
  withOutbox,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import { deliveryStatusRank } from "../../../domain/sms/delivery-status-order";
import { type MessageRecord, type NewMessage } from "../../../application/ports/message-record";
import { type Claim, type MessageStore } from "../../../application/ports/message-store.port";
import { type ProviderAcceptance } from "../../../application/ports/sms-sender.port";

export type MessageDocument = MessageRecord & OutboxFields & { deliveryRank: number };

/**
 * Outbound messages in Mongo. Every write is keyed by `_id` and conditional on
 * the claim, so a replica that lost its claim can't overwrite the new owner's
 * result. Delivery events travel in the message's own outbox (one write).
 */
export class MongoMessageStore implements MessageStore {
  constructor(private readonly collection: Collection<MessageDocument>) {}

  async createIntent(
    message: NewMessage,
    provider: MessageRecord["provider"],
    claim: Claim,
  ): Promise<MessageRecord | null> {
    const document: MessageDocument = {
      ...message,
      provider,
      state: "sending",
      sending: 1,
      providerCalls: 0,
      claimedBy: claim.owner,
      claimedUntil: claim.until,
      providerMessageId: null,
      deliveryStatus: null,
      deliveryRank: -1,
      errorCode: null,
      createdAt: claim.now,
      updatedAt: claim.now,
      ...initialOutbox([]),
    };
    try {
      await this.collection.insertOne(document);
      return document;
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  async claim(messageId: string, claim: Claim): Promise<MessageRecord | null> {
    return this.collection.findOneAndUpdate(
      { _id: messageId, sending: 1, claimedUntil: { $lt: claim.now } },
      { $set: { claimedBy: claim.owner, claimedUntil: claim.until, updatedAt: claim.now } },
      { returnDocument: "after" },
    );
  }

  async noteProviderCall(messageId: string, owner: string): Promise<void> {
    await this.collection.updateOne({ _id: messageId, claimedBy: owner }, { $inc: { providerCalls: 1 } });
  }

  async recordSent(messageId: string, owner: string, acceptance: ProviderAcceptance): Promise<void> {
    await this.collection.updateOne(
      { _id: messageId, claimedBy: owner, sending: 1 },
      {
        $set: {
          state: "sent",
          sending: 0,
          providerMessageId: acceptance.providerMessageId,
          deliveryStatus: acceptance.status,
          deliveryRank: deliveryStatusRank[acceptance.status],
          updatedAt: new Date(),
        },
      },
    );
  }

  async recordFailed(messageId: string, owner: string, errorCode: string): Promise<void> {
    const message = await this.collection.findOne({ _id: messageId });
    if (!message) return;
    const at = new Date();
    await this.collection.updateOne(
      { _id: messageId, claimedBy: owner, sending: 1 },
      withOutbox(
        {
          $set: {
            state: "failed",
            sending: 0,
            deliveryStatus: "failed",
            deliveryRank: deliveryStatusRank.failed,
            errorCode,
            updatedAt: at,
          },
        },
        deliveryEvent(message, "failed", errorCode, at),
      ),
    );
  }

  async release(messageId: string, owner: string, now: Date): Promise<void> {
    await this.collection.updateOne(
      { _id: messageId, claimedBy: owner, sending: 1 },
      { $set: { claimedUntil: now, updatedAt: now } },
    );
  }

  async findUnclaimed(now: Date, limit: number): Promise<string[]> {
    const stale = await this.collection
      .find({ sending: 1, claimedUntil: { $lt: now } }, { projection: { _id: 1 } })
      .limit(limit)
      .toArray();
    return stale.map((document) => document._id);
  }

  async applyDeliveryStatus(
    messageId: string,
    report: { status: SmsDeliveryStatus; errorCode: string | null; at: Date },
  ): Promise<boolean> {
    const message = await this.collection.findOne({ _id: messageId });
    if (!message) return false;
    const rank = deliveryStatusRank[report.status];
    const result = await this.collection.updateOne(
      { _id: messageId, deliveryRank: { $lt: rank } },
      withOutbox(
        {
          $set: {
            deliveryStatus: report.status,
            deliveryRank: rank,
            errorCode: report.errorCode,
            updatedAt: report.at,
          },
        },
        deliveryEvent(message, report.status, report.errorCode, report.at),
      ),
    );
    return result.modifiedCount === 1;
  }

  get(messageId: string): Promise<MessageRecord | null> {
    return this.collection.findOne({ _id: messageId });
  }

  async latestAppointmentMessageTo(phone: string): Promise<MessageRecord | null> {
    const [latest] = await this.collection
      .find({ to: phone, appointmentId: { $ne: null } })
      .sort({ createdAt: -1 })
      .limit(1)
      .toArray();
    return latest ?? null;
  }

  failedAt(locationId: string, limit: number): Promise<MessageRecord[]> {
    return this.collection
      .find({ locationId, deliveryRank: 2, deliveryStatus: { $in: ["failed", "undelivered"] } })
      .sort({ updatedAt: -1 })
      .limit(limit)
      .toArray();
  }
}

/** A delivery event for the message, or none for messages without a contract purpose (waitlist offers). */
function deliveryEvent(
  message: MessageRecord,
  status: SmsDeliveryStatus,
  errorCode: string | null,
  at: Date,
): OutboxEntry[] {
  if (!message.purpose) return [];
  const envelope = newEnvelope(SmsDeliveryStatusChangedV1, {
    subject: message._id,
    source: "notify",
    causationId: message.sourceEventId,
    data: {
      messageId: message._id,
      providerMessageId: message.providerMessageId,
      appointmentId: message.appointmentId,
      purpose: message.purpose,
      status,
      errorCode,
      at: at.toISOString(),
    },
  });
  return [{ topic: SmsDeliveryStatusChangedV1.topic, envelope }];
}
