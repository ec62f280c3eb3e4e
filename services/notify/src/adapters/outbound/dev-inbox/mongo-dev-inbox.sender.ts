import { type Language } from "@counselling/contracts";
import { type DocumentLocks, isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import {
  type OutboundSms,
  type ProviderAcceptance,
  type SmsSender,
} from "../../../application/ports/sms-sender.port";
import { underDocumentLock } from "../mongo/under-document-lock";

export interface DevInboxDocument {
  _id: string;
  to: string;
  body: string;
  language: Language;
  receivedAt: Date;
  /**
   * How often the message was handed over. Always 1 unless exactly-once broke:
   * tests count this, and the page shows it.
   */
  handedOver: number;
}

/** The provider for development and demos: messages land in Mongo and on GET /dev/sms. */
export class MongoDevInboxSender implements SmsSender {
  readonly provider = "dev_inbox" as const;

  constructor(
    private readonly inbox: Collection<DevInboxDocument>,
    private readonly locks: DocumentLocks,
  ) {}

  /**
   * The first hand-over is an insert; a second one is counted under the message's lock: on
   * FerretDB v1 two concurrent `$inc` upserts can both read 0 and write 1, which would hide
   * exactly the duplicate this counter is for.
   */
  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const first = {
      to: sms.to,
      body: sms.body,
      language: sms.language,
      receivedAt: new Date(),
      handedOver: 1,
    };
    try {
      await this.inbox.insertOne({ _id: sms.messageId, ...first });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await underDocumentLock(this.locks, this.inbox, sms.messageId, async () => {
        const earlier = await this.inbox.findOne({ _id: sms.messageId });
        await this.inbox.updateOne(
          { _id: sms.messageId },
          { $set: { handedOver: (earlier?.handedOver ?? 0) + 1 } },
        );
      });
    }
    return { providerMessageId: `dev-${sms.messageId}`, status: "delivered" };
  }

  async findSent(sms: OutboundSms): Promise<ProviderAcceptance | null> {
    const found = await this.inbox.findOne({ _id: sms.messageId });
    return found ? { providerMessageId: `dev-${sms.messageId}`, status: "delivered" } : null;
  }

  /** Newest first. */
  list(limit: number): Promise<DevInboxDocument[]> {
    return this.inbox.find({}).sort({ receivedAt: -1 }).limit(limit).toArray();
  }
}
