import { type DocumentLocks, isDuplicateKeyError } from "@counselling/platform";
import type { Collection } from "mongodb";
import { type DevInboxRecord, type OpenedDevInboxText } from "../../../application/ports/dev-inbox-record";
import { type PersonalDataCipher } from "../../../application/ports/personal-data.port";
import {
  type OutboundSms,
  type ProviderAcceptance,
  type SmsSender,
} from "../../../application/ports/sms-sender.port";
import { readCheckWrite } from "../mongo/under-document-lock";

export type DevInboxDocument = DevInboxRecord;

/**
 * The provider for development and demos: messages land in Mongo and on GET /dev/sms.
 * It is notify's own collection, so recipient and text are sealed with the message's key
 * like everything else notify stores (ADR 0011), and opened for the page.
 */
export class MongoDevInboxSender implements SmsSender {
  readonly provider = "dev_inbox" as const;

  constructor(
    private readonly inbox: Collection<DevInboxDocument>,
    private readonly locks: DocumentLocks,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /**
   * The first hand-over is an insert; a second one is counted under the message's lock: on
   * FerretDB v1 two concurrent `$inc` upserts can both read 0 and write 1, which would hide
   * exactly the duplicate this counter is for.
   */
  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const first: DevInboxDocument = {
      _id: sms.messageId,
      clientId: sms.clientId,
      sealedTo: await this.cipher.encrypt(sms.clientId, sms.to),
      sealedBody: await this.cipher.encrypt(sms.clientId, sms.body),
      language: sms.language,
      receivedAt: new Date(),
      handedOver: 1,
      personalDataErasedAt: null,
    };
    try {
      await this.inbox.insertOne(first);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await readCheckWrite(this.locks, this.inbox, sms.messageId, (earlier, write) =>
        write({ $set: { handedOver: (earlier?.handedOver ?? 0) + 1 } }),
      );
    }
    return { providerMessageId: `dev-${sms.messageId}`, status: "delivered" };
  }

  async findSent(sms: OutboundSms): Promise<ProviderAcceptance | null> {
    const found = await this.inbox.findOne({ _id: sms.messageId });
    return found ? { providerMessageId: `dev-${sms.messageId}`, status: "delivered" } : null;
  }

  /** Newest first, opened; recipient and text are null once the client's data are erased. */
  async list(limit: number): Promise<OpenedDevInboxText[]> {
    const texts = await this.inbox.find({}).sort({ receivedAt: -1 }).limit(limit).toArray();
    return Promise.all(
      texts.map(async (text) => ({
        messageId: text._id,
        to: await this.cipher.decryptOrNull(text.clientId, text.sealedTo),
        body: await this.cipher.decryptOrNull(text.clientId, text.sealedBody),
        language: text.language,
        receivedAt: text.receivedAt,
        handedOver: text.handedOver,
      })),
    );
  }
}
