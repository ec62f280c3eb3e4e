import { SmsReplyReceivedV1 } from "@counselling/contracts";
import { newEnvelope, type OutboxEntry } from "@counselling/platform";
import { parseReply } from "../../domain/replies/parse-reply";
import { type MessageRecord } from "../ports/message-record";
import { type MessageStore } from "../ports/message-store.port";
import {
  isPersonalDataErased,
  type PersonalDataCipher,
  type PhoneIndexOf,
} from "../ports/personal-data.port";
import { inboundClientIdOf, type ReplyStore } from "../ports/reply-store.port";

export interface InboundSms {
  providerMessageId: string;
  from: string;
  body: string;
}

export interface ReceiveReplyDependencies {
  messages: MessageStore;
  replies: ReplyStore;
  cipher: PersonalDataCipher;
  phoneIndex: PhoneIndexOf;
  clock: () => Date;
}

/**
 * A client's answer: matched by the sender's phone index to the latest text we sent to
 * that number about an appointment (no number is stored in clear), parsed, and stored
 * together with its reply event (one write, the provider's message id as key: a webhook
 * retry changes nothing). Sender and text are sealed with the answered appointment's key,
 * or with a key of the reply's own when it answers nothing we know (kept for reception,
 * publishing nothing).
 */
export class ReceiveReply {
  constructor(private readonly deps: ReceiveReplyDependencies) {}

  async execute(inbound: InboundSms): Promise<{ recorded: boolean }> {
    const phoneIndex = this.deps.phoneIndex.of(inbound.from);
    const answered = await this.deps.messages.latestAppointmentMessageTo(phoneIndex);
    const intent = parseReply(inbound.body);
    const receivedAt = this.deps.clock();
    const sealed = await this.seal(inbound, answered);
    // A provider's retry of a reply that was erased since: it was stored once already.
    if (!sealed) return { recorded: false };
    const matched = sealed.matched ? answered : null;
    const events: OutboxEntry[] =
      matched?.appointmentId != null
        ? [
            {
              topic: SmsReplyReceivedV1.topic,
              envelope: newEnvelope(SmsReplyReceivedV1, {
                subject: matched.appointmentId,
                source: "notify",
                causationId: matched.sourceEventId,
                data: {
                  messageId: inbound.providerMessageId,
                  inReplyToMessageId: matched._id,
                  appointmentId: matched.appointmentId,
                  intent,
                  receivedAt: receivedAt.toISOString(),
                  language: matched.language,
                },
              }),
            },
          ]
        : [];
    const recorded = await this.deps.replies.recordOnce(
      {
        _id: inbound.providerMessageId,
        clientId: sealed.clientId,
        sealedFrom: sealed.from,
        sealedBody: sealed.body,
        phoneIndex,
        intent,
        receivedAt,
        inReplyToMessageId: matched?._id ?? null,
        appointmentId: matched?.appointmentId ?? null,
        organisationId: matched?.organisationId ?? null,
        locationId: matched?.locationId ?? null,
        language: matched?.language ?? null,
        callbackRequested: intent === "callback" ? 1 : 0,
        personalDataErasedAt: null,
      },
      events,
    );
    return { recorded };
  }

  /**
   * Under the answered record's key; under a key of its own when nothing was answered or the
   * answered record was erased in the meantime (then the reply is about nobody we know).
   * Null when even its own key is shredded.
   */
  private async seal(
    inbound: InboundSms,
    answered: MessageRecord | null,
  ): Promise<{ clientId: string; from: string; body: string; matched: boolean } | null> {
    const matchedSeal = answered ? await this.sealWith(answered.clientId, inbound) : null;
    if (matchedSeal) return { ...matchedSeal, matched: true };
    const ownSeal = await this.sealWith(inboundClientIdOf(inbound.providerMessageId), inbound);
    return ownSeal ? { ...ownSeal, matched: false } : null;
  }

  private async sealWith(clientId: string, inbound: InboundSms) {
    try {
      return {
        clientId,
        from: await this.deps.cipher.encrypt(clientId, inbound.from),
        body: await this.deps.cipher.encrypt(clientId, inbound.body),
      };
    } catch (error) {
      if (isPersonalDataErased(error)) return null;
      throw error;
    }
  }
}
