import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { Topics } from "../../topics/topics";
import { SmsDeliveryStatusSchema, SmsPurposeSchema } from "./sms-delivery-status";

/**
 * The provider reported a new state for an SMS we sent. Keyed by messageId, so the states
 * of one message stay in order. No text and no phone number: the status is all others need.
 */
export const SmsDeliveryStatusChangedV1 = defineEvent(
  Topics.notifyDeliveries,
  "sms.delivery_status_changed",
  1,
  z.object({
    messageId: IdSchema.describe("Notify's own id of the outbound message; also the Kafka key."),
    providerMessageId: z.string().min(1).nullable().describe("E.g. the Twilio message SID, once known."),
    appointmentId: IdSchema.nullable(),
    purpose: SmsPurposeSchema,
    status: SmsDeliveryStatusSchema,
    errorCode: z
      .string()
      .min(1)
      .nullable()
      .describe("The provider's error code (Twilio: e.g. '30003'), for failed and undelivered."),
    at: InstantSchema,
  }),
);

export type SmsDeliveryStatusChangedV1Data = DataOf<typeof SmsDeliveryStatusChangedV1>;
export type SmsDeliveryStatusChangedV1Event = EnvelopeOf<typeof SmsDeliveryStatusChangedV1>;
