import { SmsReplyReceivedV1 } from "@counselling/contracts";
import { newEnvelope, type OutboxEntry } from "@counselling/platform";
import { parseReply } from "../../domain/replies/parse-reply";
import { type MessageStore } from "../ports/message-store.port";
import { type ReplyStore } from "../ports/reply-store.port";

export interface InboundSms {
  providerMessageId: string;
  from: string;
  body: string;
}

/**
 * A client's answer: matched to the latest text we sent to that number about
 * an appointment, parsed, and stored together with its reply event (one write,
 * the provider's message id as key: a webhook retry changes nothing).
 * Unmatched replies are kept for reception but publish nothing.
 */
export class ReceiveReply {
  constructor(private readonly deps: { messages: MessageStore; replies: ReplyStore; clock: () => Date }) {}

  async execute(inbound: InboundSms): Promise<{ recorded: boolean }> {
    const answered = await this.deps.messages.latestAppointmentMessageTo(inbound.from);
    const intent = parseReply(inbound.body);
    const receivedAt = this.deps.clock();
    const events: OutboxEntry[] =
      answered?.appointmentId != null
        ? [
            {
              topic: SmsReplyReceivedV1.topic,
              envelope: newEnvelope(SmsReplyReceivedV1, {
                subject: answered.appointmentId,
                source: "notify",
                causationId: answered.sourceEventId,
                data: {
                  messageId: inbound.providerMessageId,
                  inReplyToMessageId: answered._id,
                  appointmentId: answered.appointmentId,
                  intent,
                  receivedAt: receivedAt.toISOString(),
                  language: answered.language,
                },
              }),
            },
          ]
        : [];
    const recorded = await this.deps.replies.recordOnce(
      {
        _id: inbound.providerMessageId,
        from: inbound.from,
        body: inbound.body,
        intent,
        receivedAt,
        inReplyToMessageId: answered?._id ?? null,
        appointmentId: answered?.appointmentId ?? null,
        organisationId: answered?.organisationId ?? null,
        locationId: answered?.locationId ?? null,
        language: answered?.language ?? null,
        callbackRequested: intent === "callback" ? 1 : 0,
      },
      events,
    );
    return { recorded };
  }
}
