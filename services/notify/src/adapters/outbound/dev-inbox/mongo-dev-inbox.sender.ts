import { type Language } from "@counselling/contracts";
import type { Collection } from "mongodb";
import {
  type OutboundSms,
  type ProviderAcceptance,
  type SmsSender,
} from "../../../application/ports/sms-sender.port";

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

  constructor(private readonly inbox: Collection<DevInboxDocument>) {}

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    await this.inbox.updateOne(
      { _id: sms.messageId },
      {
        $setOnInsert: { to: sms.to, body: sms.body, language: sms.language, receivedAt: new Date() },
        $inc: { handedOver: 1 },
      },
      { upsert: true },
    );
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
