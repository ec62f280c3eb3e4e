import { type SmsDeliveryStatus } from "@counselling/contracts";

/**
 * How far a message has come. Provider callbacks arrive out of order and are
 * retried; a report only counts if it moves the message forward.
 */
export const deliveryStatusRank: Record<SmsDeliveryStatus, number> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  undelivered: 2,
  failed: 2,
};

export function isFinalFailure(status: SmsDeliveryStatus): boolean {
  return status === "failed" || status === "undelivered";
}
