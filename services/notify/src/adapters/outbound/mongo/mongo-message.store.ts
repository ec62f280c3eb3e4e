import { type SmsDeliveryStatus } from "@counselling/contracts";
import {
  type DocumentLocks,
  initialOutbox,
  isDuplicateKeyError,
  type OutboxFields,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import { deliveryEvent } from "./sms-delivery-event";
import { type LockedWrite } from "@counselling/platform";
import { readCheckWrite } from "./under-document-lock";
import { deliveryStatusRank } from "../../../domain/sms/delivery-status-order";
import {
  type MessageRecord,
  type MessageStatusStep,
  type SealedNewMessage,
} from "../../../application/ports/message-record";
import { type Claim, type MessageStore } from "../../../application/ports/message-store.port";
import { type ProviderAcceptance } from "../../../application/ports/sms-sender.port";

export type MessageDocument = MessageRecord & OutboxFields & { deliveryRank: number };

/**
 * Outbound messages in Mongo. Messages carry an outbox (delivery events), so every
 * update runs under the message's document lock, the one the outbox relay takes for its
 * removal: FerretDB v1 writes whole documents back without re-checking the filter, so an
 * unlocked update could drop appended events or let two replicas claim one intent
 * (docs/adr/0009, 0024). Under the lock each write reads, checks and writes by `_id`
 * alone behind the lock's fence: a filter on any other field costs FerretDB v1 a scan of
 * the whole collection (ADR 0043).
 * Recipient and text are stored sealed (ADR 0011); replies find their message by the
 * recipient's phone index.
 */
export class MongoMessageStore implements MessageStore {
  constructor(
    private readonly collection: Collection<MessageDocument>,
    private readonly locks: DocumentLocks,
  ) {}

  /**
   * An insert on the unique `_id`: atomic without a lock. The creator calls the provider right
   * away, so the intent already counts that first call (one write fewer per SMS).
   */
  async createIntent(
    message: SealedNewMessage,
    provider: MessageRecord["provider"],
    claim: Claim,
  ): Promise<MessageRecord | null> {
    const document: MessageDocument = {
      ...message,
      provider,
      state: "sending",
      sending: 1,
      providerCalls: 1,
      claimedBy: claim.owner,
      claimedUntil: claim.until,
      providerMessageId: null,
      deliveryStatus: null,
      deliveryRank: -1,
      errorCode: null,
      statusHistory: [],
      personalDataErasedAt: null,
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

  claim(messageId: string, claim: Claim): Promise<MessageRecord | null> {
    return this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedUntil.getTime() >= claim.now.getTime()) return null;
      const taken = { claimedBy: claim.owner, claimedUntil: claim.until, updatedAt: claim.now };
      await write({ $set: taken });
      return { ...current, ...taken };
    });
  }

  noteProviderCall(messageId: string, owner: string): Promise<boolean> {
    return this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedBy !== owner) return false;
      await write({ $inc: { providerCalls: 1 } });
      return true;
    });
  }

  async recordSent(messageId: string, owner: string, acceptance: ProviderAcceptance): Promise<void> {
    await this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedBy !== owner) return;
      // A status callback may have overtaken the API's answer: the report further along stands.
      const rank = deliveryStatusRank[acceptance.status];
      const status =
        rank > current.deliveryRank ? { deliveryStatus: acceptance.status, deliveryRank: rank } : {};
      const at = new Date();
      await write({
        $set: {
          state: "sent",
          sending: 0,
          providerMessageId: acceptance.providerMessageId,
          ...status,
          statusHistory: withStep(current, { status: "sent", errorCode: null, at }),
          updatedAt: at,
        },
      });
    });
  }

  async recordFailed(messageId: string, owner: string, errorCode: string): Promise<void> {
    await this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedBy !== owner) return;
      const at = new Date();
      await write(
        {
          $set: {
            state: "failed",
            sending: 0,
            deliveryStatus: "failed",
            deliveryRank: deliveryStatusRank.failed,
            errorCode,
            statusHistory: withStep(current, { status: "failed", errorCode, at }),
            updatedAt: at,
          },
        },
        deliveryEvent(current, "failed", errorCode, at),
      );
    });
  }

  async recordSkipped(messageId: string, owner: string, reason: string): Promise<void> {
    await this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedBy !== owner) return;
      const at = new Date();
      await write({
        $set: {
          state: "skipped",
          sending: 0,
          errorCode: reason,
          statusHistory: withStep(current, { status: "skipped", errorCode: reason, at }),
          updatedAt: at,
        },
      });
    });
  }

  async release(messageId: string, owner: string, now: Date): Promise<void> {
    await this.locked(messageId, async (current, write) => {
      if (current?.sending !== 1 || current.claimedBy !== owner) return;
      await write({ $set: { claimedUntil: now, updatedAt: now } });
    });
  }

  async findUnclaimed(now: Date, limit: number): Promise<string[]> {
    const stale = await this.collection
      .find({ sending: 1, claimedUntil: { $lt: now } }, { projection: { _id: 1 } })
      .limit(limit)
      .toArray();
    return stale.map((document) => document._id);
  }

  applyDeliveryStatus(
    messageId: string,
    report: { status: SmsDeliveryStatus; errorCode: string | null; at: Date },
  ): Promise<boolean> {
    const rank = deliveryStatusRank[report.status];
    return this.locked(messageId, async (current, write) => {
      if (!current || current.deliveryRank >= rank) return false;
      await write(
        {
          $set: {
            deliveryStatus: report.status,
            deliveryRank: rank,
            errorCode: report.errorCode,
            statusHistory: withStep(current, {
              status: report.status,
              errorCode: report.errorCode,
              at: report.at,
            }),
            updatedAt: report.at,
          },
        },
        deliveryEvent(current, report.status, report.errorCode, report.at),
      );
      return true;
    });
  }

  get(messageId: string): Promise<MessageRecord | null> {
    return this.collection.findOne({ _id: messageId });
  }

  async latestAppointmentMessageTo(phoneIndex: string): Promise<MessageRecord | null> {
    // Erased and anonymised messages have no phone index any more: a reply can't reach them.
    const [latest] = await this.collection
      .find({ phoneIndex, appointmentId: { $ne: null } })
      .sort({ createdAt: -1 })
      .limit(1)
      .toArray();
    return latest ?? null;
  }

  failedAt(locationId: string, limit: number): Promise<MessageRecord[]> {
    return this.collection
      .find({
        locationId,
        deliveryRank: 2,
        deliveryStatus: { $in: ["failed", "undelivered"] },
        personalDataErasedAt: null,
      })
      .sort({ updatedAt: -1 })
      .limit(limit)
      .toArray();
  }

  /** Read-check-write of one message under its document lock (the one the outbox relay takes). */
  private locked<T>(
    messageId: string,
    decide: (current: MessageDocument | null, write: LockedWrite<MessageDocument>) => Promise<T>,
  ): Promise<T> {
    return readCheckWrite(this.locks, this.collection, messageId, decide);
  }
}

/** The history with one more step (written under the message's lock, so nothing is lost). */
function withStep(current: MessageRecord, step: MessageStatusStep): MessageStatusStep[] {
  return [...current.statusHistory, step];
}
