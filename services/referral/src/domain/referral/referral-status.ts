import { z } from "zod";
import { invalidTransition } from "./referral-errors";

/**
 * The life of a referral (closed-loop referral, FHIR ServiceRequest + Task):
 * declined, closed, cancelled and expired are final.
 */
export const ReferralStatusSchema = z.enum([
  "draft",
  "sent",
  "received",
  "accepted",
  "declined",
  "scheduled",
  "attended",
  "not_attended",
  "closed",
  "cancelled",
  "expired",
]);

export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/**
 * Allowed moves. Beyond the happy path:
 * - scheduled → scheduled: the appointment moved (rescheduled), or another one replaced it;
 * - scheduled → accepted: the appointment was cancelled, the receiving service still has the client;
 * - not_attended → scheduled: a new appointment after a missed one;
 * - attended → not_attended: reception corrected a check-in to a no-show (booking allows
 *   checked_in → no_show), and the referral follows its appointment;
 * - accepted → closed: the receiving service ends it without an appointment (e.g. the client withdrew);
 * - cancelled from every state that is not final (the referrer withdraws);
 * - expired only while acceptance is pending (the working-day deadline ran out).
 */
const transitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ["sent", "cancelled"],
  sent: ["received", "cancelled", "expired"],
  received: ["accepted", "declined", "cancelled", "expired"],
  accepted: ["scheduled", "closed", "cancelled"],
  scheduled: ["scheduled", "accepted", "attended", "not_attended", "cancelled"],
  attended: ["not_attended", "closed", "cancelled"],
  not_attended: ["scheduled", "closed", "cancelled"],
  declined: [],
  closed: [],
  cancelled: [],
  expired: [],
};

export const finalStatuses: readonly ReferralStatus[] = ReferralStatusSchema.options.filter(
  (status) => transitions[status].length === 0,
);

/** Statuses in which the receiving side has the referral in its inbox and must still decide. */
export const awaitingAcceptanceStatuses: readonly ReferralStatus[] = ["sent", "received"];

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return transitions[from].includes(to);
}

export function assertTransition(from: ReferralStatus, to: ReferralStatus): void {
  if (!canTransition(from, to)) throw invalidTransition(from, to);
}

export function isFinal(status: ReferralStatus): boolean {
  return finalStatuses.includes(status);
}
