import { type SmsDeliveryStatus, SmsDeliveryStatusChangedV1 } from "@counselling/contracts";
import { newEnvelope, type OutboxEntry } from "@counselling/platform";
import { type MessageRecord } from "../../../application/ports/message-record";

/**
 * The delivery event of a message, for its outbox; none for messages stored without a purpose
 * (waitlist offers recorded before SmsPurposeSchema had one).
 */
export function deliveryEvent(
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
