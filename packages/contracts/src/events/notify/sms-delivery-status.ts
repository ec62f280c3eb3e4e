import { z } from "zod";

/** Twilio's message states that matter to us; `failed` and `undelivered` are final failures. */
export const SmsDeliveryStatusSchema = z.enum(["queued", "sent", "delivered", "failed", "undelivered"]);

export type SmsDeliveryStatus = z.infer<typeof SmsDeliveryStatusSchema>;

/** Why an SMS was sent, so that e.g. reception sees "reminder not delivered". */
export const SmsPurposeSchema = z.enum([
  "booking_confirmation",
  "reschedule_notice",
  "cancellation_notice",
  "reminder",
  "reply_acknowledgement",
  "waitlist_offer",
]);

export type SmsPurpose = z.infer<typeof SmsPurposeSchema>;
