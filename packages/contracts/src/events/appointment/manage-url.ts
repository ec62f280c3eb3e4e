import { z } from "zod";

/**
 * The client's link to see, move or cancel one appointment, including its secret token.
 *
 * Trade-off: the booking API returns the raw token only to the booker, but a client who
 * booked by phone or at reception only ever sees the link by SMS, and notify can't build
 * it without the secret. So the full URL travels on the appointments topic. Booking limits
 * the damage: a token is scoped to one appointment, replaced on every reschedule (the old
 * link stops working, so it can't book twice), dead once the appointment is cancelled or
 * over, and the topic is readable only by the three services. Never log this field.
 */
export const ManageUrlSchema = z
  .url({ protocol: /^https?$/ })
  .describe("Secret link for the client to manage this appointment. Do not log.");

export type ManageUrl = z.infer<typeof ManageUrlSchema>;
